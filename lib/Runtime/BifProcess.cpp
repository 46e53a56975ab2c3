//===- lib/Runtime/BifProcess.cpp - Process BIFs --------------------------===//
///
/// \file
/// self, send, spawn and its variants, links, monitors, aliases, exit
/// signals, process flags, registered names and process_info. Spawning and
/// waking go through the scheduler's `ProcessHooks`.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include <utility>

#include "beamr/Runtime/Copy.h"
#include "beamr/Runtime/Ports.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <algorithm>
#include <climits>
#include <mutex>
#include <unordered_map>

using namespace beamr;

namespace {
/// Atoms the process BIFs name, interned once.
struct ProcAtoms {
  Term Normal, Kill, Noproc, Process, Flush, Info, Link, Monitor, TrapExit, Priority, High, Max,
      Low, Alias, Demonitor, ReplyDemonitor, ExplicitUnalias, RegisteredName, Status, Running,
      Waiting, MessageQueueLen, Messages, Links, Dictionary, HeapSize, TotalHeapSize, GroupLeader,
      Monitors, MonitoredBy, Reductions, Noconnect, Nosuspend, Port, CurrentStacktrace, CurrentFunction;
  static const ProcAtoms &get() {
    static const ProcAtoms A = [] {
      auto I = [](const char *S) { return internAtom(S); };
      return ProcAtoms{I("normal"), I("kill"), I("noproc"), I("process"), I("flush"), I("info"),
                       I("link"), I("monitor"), I("trap_exit"), I("priority"), I("high"),
                       I("max"), I("low"), I("alias"), I("demonitor"), I("reply_demonitor"),
                       I("explicit_unalias"), I("registered_name"), I("status"), I("running"),
                       I("waiting"), I("message_queue_len"), I("messages"), I("links"),
                       I("dictionary"), I("heap_size"), I("total_heap_size"), I("group_leader"),
                       I("monitors"), I("monitored_by"), I("reductions"), I("noconnect"),
                       I("nosuspend"), I("port"), I("current_stacktrace"),
                       I("current_function")};
    }();
    return A;
  }
};

bool isLocalRef(Term T) { return T.isBoxedKind(HeaderKind::Ref); }

bool isFun(Term T) { return T.isBoxedKind(HeaderKind::Fun) || T.isBoxedKind(HeaderKind::Export); }

Word funArity(Term F) {
  if (F.isBoxedKind(HeaderKind::Fun))
    return viewFun(F).Arity;
  return Word(Term::fromRaw(F.boxedObject()[3]).smallValue());
}

struct SpawnOptions {
  bool Link = false, Monitor = false;
  /// Settings the child starts with; NoValue (or -1) keeps the default.
  Term Priority = NoValue, MessageQueueData = NoValue;
  SWord FullsweepAfter = -1;
  Term MaxHeapSize = NoValue; ///< A valid max_heap_size setting.
  Term MinHeapSize = NoValue; ///< Words. (erl 25 reports min_bin_vheap_size
                              ///< as the default after spawn_opt sets it.)
  /// `{monitor, Opts}`'s options, as monitor/3's.
  bool MonitorAlias = false;
  Term MonitorTag = NoValue;
};

bool isPriority(Term T) {
  const ProcAtoms &A = ProcAtoms::get();
  return T == A.Low || T == A.Normal || T == A.High || T == A.Max;
}

bool isMessageQueueData(Term T) {
  return T == internAtom("on_heap") || T == internAtom("off_heap");
}

bool isHeapWords(Term T) { return T.isSmall() && T.smallValue() >= 0; }

/// A `save_calls` count: 0..10000.
bool isSaveCalls(Term T) { return T.isSmall() && T.smallValue() >= 0 && T.smallValue() <= 10000; }

/// A min_heap_size / min_bin_vheap_size request as erl keeps it: the heap
/// size table's entry at or above it, at least the default.
std::size_t heapSizeSetting(Term Words, std::size_t Default) {
  return std::max(nextHeapSize(std::size_t(Words.smallValue())), Default);
}

/// process_info/process_flag's `max_heap_size` of `Q`: a map of `size`
/// (words, 0: no limit), `kill` and `error_logger`.
Term maxHeapSizeTerm(Process &P, const Process &Q) {
  MapEntry Entries[] = {{internAtom("error_logger"), boolTerm(Q.MaxHeapLog)},
                        {internAtom("kill"), boolTerm(Q.MaxHeapKill)},
                        {internAtom("size"), makeInteger(P, SWord(Q.MaxHeapWords))}};
  return makeMap(P, Entries);
}

/// A `max_heap_size` setting: a size, or a map of `size` (required) and the
/// booleans `kill` and `error_logger`.
bool isMaxHeapSize(Term T) {
  if (isHeapWords(T))
    return true;
  if (!T.isMap())
    return false;
  auto Size = mapGet(T, internAtom("size"));
  if (!Size || !isHeapWords(*Size))
    return false;
  std::size_t Known = 1;
  for (const char *Flag : {"kill", "error_logger"}) {
    auto V = mapGet(T, internAtom(Flag));
    if (!V)
      continue;
    if (*V != atomTerm(atoms::True) && *V != atomTerm(atoms::False))
      return false;
    ++Known;
  }
  return mapSize(T) == Known;
}

/// Applies a valid `max_heap_size` setting to `Q`; a bare size or an absent
/// flag leaves that part as it was (as erl's process_flag does).
void setMaxHeapSize(Process &Q, Term T) {
  if (isHeapWords(T)) {
    Q.MaxHeapWords = std::size_t(T.smallValue());
    return;
  }
  Q.MaxHeapWords = std::size_t(mapGet(T, internAtom("size"))->smallValue());
  if (auto V = mapGet(T, internAtom("kill")))
    Q.MaxHeapKill = *V == atomTerm(atoms::True);
  if (auto V = mapGet(T, internAtom("error_logger")))
    Q.MaxHeapLog = *V == atomTerm(atoms::True);
}

/// Reads monitor/3's options (`{alias, Mode}`, `{tag, Tag}`, the last of
/// each winning); false for a bad one.
bool readMonitorOptions(const std::vector<Term> &Opts, bool &Alias, Term &Tag) {
  const ProcAtoms &A = ProcAtoms::get();
  for (Term O : Opts) {
    if (!O.isTuple() || O.tupleArity() != 2)
      return false;
    Term Mode = O.tupleElement(1);
    if (O.tupleElement(0) == A.Alias &&
        (Mode == A.ExplicitUnalias || Mode == A.Demonitor || Mode == A.ReplyDemonitor))
      Alias = true; // Every alias mode is deactivated with the monitor here.
    else if (O.tupleElement(0) == internAtom("tag"))
      Tag = Mode;
    else
      return false;
  }
  return true;
}

/// Reads one `{Name, Value}` spawn option into `O`; false if it is not one.
bool readSpawnSetting(Term Name, Term Value, SpawnOptions &O) {
  const ProcAtoms &A = ProcAtoms::get();
  if (Name == A.Monitor) {
    std::optional<std::vector<Term>> Opts = listElements(Value);
    O.Monitor = true;
    return Opts && readMonitorOptions(*Opts, O.MonitorAlias, O.MonitorTag);
  }
  if (Name == A.Priority) {
    O.Priority = Value;
    return isPriority(Value);
  }
  if (Name == internAtom("message_queue_data")) {
    O.MessageQueueData = Value;
    return isMessageQueueData(Value);
  }
  if (Name == internAtom("fullsweep_after")) {
    O.FullsweepAfter = isHeapWords(Value) ? Value.smallValue() : -1;
    return isHeapWords(Value);
  }
  if (Name == internAtom("min_heap_size"))
    O.MinHeapSize = Value;
  if (Name == internAtom("min_heap_size") || Name == internAtom("min_bin_vheap_size"))
    return isHeapWords(Value);
  if (Name != internAtom("max_heap_size"))
    return false;
  O.MaxHeapSize = Value;
  return isMaxHeapSize(Value);
}

/// Reads spawn_opt's option list; false on a malformed list or option.
/// Reads one element of spawn_opt's option list; false if it is not one.
bool readSpawnOption(Term E, SpawnOptions &O) {
  const ProcAtoms &A = ProcAtoms::get();
  if (E == A.Link)
    O.Link = true;
  else if (E == A.Monitor)
    O.Monitor = true;
  else if (!E.isTuple() || E.tupleArity() != 2 ||
           !readSpawnSetting(E.tupleElement(0), E.tupleElement(1), O))
    return false;
  return true;
}

bool readSpawnOptions(Term List, SpawnOptions &O) {
  auto Elems = listElements(List);
  return Elems && std::all_of(Elems->begin(), Elems->end(),
                              [&](Term E) { return readSpawnOption(E, O); });
}

/// Sets `Q`'s priority (an atom known to be one of the four, or NoValue for
/// the default): what process_info reports and the run queue it joins.
static void setPriority(Process &Q, Term V) {
  const ProcAtoms &A = ProcAtoms::get();
  Q.PriorityFlag = V;
  Q.Priority.store(std::uint8_t(V == A.Max    ? ProcessPriority::Max
                                : V == A.High ? ProcessPriority::High
                                : V == A.Low  ? ProcessPriority::Low
                                              : ProcessPriority::Normal));
}

/// Links/monitors the new child as asked (the monitor with `MonitorIds`
/// when given), starts it through `Start`, and returns the pid or
/// `{Pid, Ref}`.
template <typename StartFn>
Term spawnChild(Process &P, const SpawnOptions &O, StartFn Start,
                const RefIds *MonitorIds = nullptr) {
  Process *Child = ProcessTable::get().create(P.GroupLeader);
  if (!Child) {
    tooManyProcesses(P);
    return P.raiseError(atoms::SystemLimit);
  }
  Term Pid = Child->Pid;
  Child->Parent = P.Pid;
  setPriority(*Child, O.Priority);
  if (O.MaxHeapSize != NoValue)
    setMaxHeapSize(*Child, O.MaxHeapSize);
  if (O.MinHeapSize != NoValue) {
    Child->MinHeapSize = heapSizeSetting(O.MinHeapSize, Process::MinHeapWords);
    Child->resizeEmptyHeap(Child->MinHeapSize);
  }

  Child->MessageQueueDataFlag = O.MessageQueueData;
  if (O.FullsweepAfter >= 0)
    Child->FullsweepAfter = unsigned(std::min<SWord>(O.FullsweepAfter, UINT_MAX));
  Term Ref;
  if (O.Link)
    linkProcesses(P, *Child);
  if (O.Monitor) {
    RefIds Ids = MonitorIds ? *MonitorIds : nextRefIds();
    if (O.MonitorAlias)
      ProcessTable::get().addAlias(Ids, P.Pid);
    addMonitor(P, *Child, Ids, Term::nil(), O.MonitorAlias,
               O.MonitorTag == NoValue ? nullptr : monitorTag(O.MonitorTag));
    Ref = makeLocalRef(P, Ids);
  }
  Start(*Child);
  return O.Monitor ? makeTuple2(P, Pid, Ref) : Pid;
}

/// spawn_request's part of a spawn: the request's reference (the monitor's,
/// with `monitor`) and the reply the child sends its parent before it runs.
struct SpawnRequest {
  RefIds Ids;
  Term Tag;
  bool ReplyOk;
};

/// Sends a spawn_request's success reply from the child `C`: before C runs,
/// so nothing C sends can overtake it.
void replySpawned(Process &P, Process &C, const SpawnRequest *R) {
  if (R && R->ReplyOk) {
    Term Elems[] = {R->Tag, makeLocalRef(P, R->Ids), atomTerm(atoms::Ok), C.Pid};
    sendMessage(P, makeTuple(P, Elems));
  }
}

Term spawnMfa(Process &P, Term M, Term F, Term Args, const SpawnOptions &O,
              const SpawnRequest *Request = nullptr) {
  auto Elems = listElements(Args);
  if (!M.isAtom() || !F.isAtom() || !Elems || Elems->size() > 255)
    return P.badarg();
  if (!processHooks().spawn)
    return P.raiseError(atoms::SystemLimit);
  return spawnChild(P, O, [&](Process &C) {
    replySpawned(P, C, Request);
    C.InitialModule = M;
    C.InitialFunction = F;
    C.InitialArity = unsigned(Elems->size());
    C.parkRegisters(unsigned(Elems->size()));
    for (std::size_t K = 0; K < Elems->size(); ++K)
      C.X[K] = copyTerm((*Elems)[K], C);
    processHooks().spawn(C, ExportTable::get().entry(M, F, unsigned(Elems->size())));
  }, Request ? &Request->Ids : nullptr);
}

Term spawnFun(Process &P, Term Fun, const SpawnOptions &O, const SpawnRequest *Request = nullptr) {
  if (!isFun(Fun) || funArity(Fun) != 0)
    return P.badarg();
  if (!processHooks().spawnFun)
    return P.raiseError(atoms::SystemLimit);
  return spawnChild(P, O, [&](Process &C) {
    replySpawned(P, C, Request);
    Term Copy = copyTerm(Fun, C);
    processHooks().spawnFun(C, Copy, 0);
  }, Request ? &Request->Ids : nullptr);
}

/// erlang:spawn_request/1..5 (see the BIFs below for how the forms are
/// told apart, as erlang.erl tells them). `Node` is NoValue for the forms
/// without one; `Fun` is NoValue for the {M, F, A} forms. Options are
/// spawn_opt's plus `{reply_tag, Tag}` and `{reply, yes | no | error_only
/// | success_only}`. As erl: a list holding a bad option is answered
/// `{Tag, ReqId, error, badopt}`, not raised; another node cannot be
/// reached (this node is not distributed), so a request for one is
/// answered `{Tag, ReqId, error, noconnection}`.
Term spawnRequest(Process &P, Term Node, Term Fun, Term M, Term F, Term A, Term Opts) {
  std::optional<std::vector<Term>> Elems = listElements(Opts);
  if (!Elems || (Node != NoValue && !Node.isAtom()))
    return P.badarg();
  if (Fun == NoValue && (!M.isAtom() || !F.isAtom() || !listElements(A)))
    return P.badarg();
  SpawnRequest R{nextRefIds(), internAtom("spawn_reply"), true};
  bool ReplyError = true, BadOption = false;
  SpawnOptions O;
  for (Term E : *Elems) {
    Term Key = E.isTuple() && E.tupleArity() == 2 ? E.tupleElement(0) : NoValue;
    if (Key == internAtom("reply_tag")) {
      R.Tag = E.tupleElement(1);
    } else if (Key == internAtom("reply")) {
      Term V = E.tupleElement(1);
      bool Yes = V == internAtom("yes"), ErrorOnly = V == internAtom("error_only");
      bool SuccessOnly = V == internAtom("success_only");
      if (Yes || ErrorOnly || SuccessOnly || V == internAtom("no")) {
        R.ReplyOk = Yes || SuccessOnly;
        ReplyError = Yes || ErrorOnly;
      } else {
        BadOption = true;
      }
    } else {
      BadOption |= !readSpawnOption(E, O);
    }
  }
  Term ReqId = makeLocalRef(P, R.Ids);
  bool Remote = Node != NoValue && Node != atomTerm(atoms::NonodeAtNohost);
  if (BadOption || Remote) {
    if (ReplyError) {
      Term Reply[] = {R.Tag, ReqId, internAtom("error"),
                      internAtom(BadOption ? "badopt" : "noconnection")};
      sendMessage(P, makeTuple(P, Reply));
    }
    return ReqId;
  }
  Term Spawned = Fun != NoValue ? spawnFun(P, Fun, O, &R) : spawnMfa(P, M, F, A, O, &R);
  if (Spawned != NoValue)
    return ReqId;
  if (P.ExcReason != atomTerm(atoms::SystemLimit))
    return NoValue;
  // A full process table is answered, not raised, as erl answers it.
  if (ReplyError) {
    Term Reply[] = {R.Tag, ReqId, internAtom("error"), P.ExcReason};
    sendMessage(P, makeTuple(P, Reply));
  }
  return ReqId;
}

/// The process a send or monitor names: a pid, or a registered name, or
/// `{Name, Node}` on this node. Null when there is none.
Process *resolveName(Term Dest) {
  ProcessTable &T = ProcessTable::get();
  if (Dest.isAtom())
    return T.lookup(T.whereis(Dest));
  return T.lookup(Dest);
}

bool isLocalNodeName(Term T) {
  return T.isTuple() && T.tupleArity() == 2 && T.tupleElement(0).isAtom() &&
         T.tupleElement(1) == atomTerm(atoms::NonodeAtNohost);
}

Term doSend(Process &P, Term Dest, Term Msg) {
  ProcessTable &T = ProcessTable::get();
  if (Dest.isLocalPid()) {
    sendMessage(Dest, Msg);
    return Msg;
  }
  if (Dest.isLocalPort()) {
    portMessage(Dest, Msg);
    return Msg;
  }
  if (Dest.isAtom()) {
    Term Pid = T.whereis(Dest);
    if (Pid.isNil())
      return P.badarg();
    sendMessage(Pid, Msg);
    return Msg;
  }
  if (isLocalNodeName(Dest)) {
    sendMessage(T.whereis(Dest.tupleElement(0)), Msg);
    return Msg;
  }
  if (auto Ids = refIdsOf(Dest)) {
    sendMessage(T.aliasOwner(*Ids), Msg);
    return Msg;
  }
  return P.badarg();
}
} // namespace

namespace beamr::bifs {

Term self_0(Process &P, const Term *) { return P.Pid; }

Term send_2(Process &P, const Term *Args) { return doSend(P, Args[0], Args[1]); }

/// Whether `Opts` is a proper list of send/3's options (noconnect, nosuspend).
static bool isSendOptions(Term Opts) {
  const ProcAtoms &A = ProcAtoms::get();
  auto Elems = listElements(Opts);
  return Elems && std::all_of(Elems->begin(), Elems->end(),
                              [&](Term O) { return O == A.Noconnect || O == A.Nosuspend; });
}

Term send_3(Process &P, const Term *Args) {
  if (!isSendOptions(Args[2]))
    return P.badargCause(internAtom("badopt"));
  if (doSend(P, Args[0], Args[1]) == NoValue)
    return NoValue;
  return atomTerm(atoms::Ok);
}

/// erlang:send_nosuspend/2,3: a local send never suspends, so it is send/2
/// answering true.
Term send_nosuspend_2(Process &P, const Term *Args) {
  if (doSend(P, Args[0], Args[1]) == NoValue)
    return NoValue;
  return atomTerm(atoms::True);
}
Term send_nosuspend_3(Process &P, const Term *Args) {
  if (!isSendOptions(Args[2]))
    return P.badargCause(internAtom("badopt"));
  return send_nosuspend_2(P, Args);
}

Term spawn_1(Process &P, const Term *Args) { return spawnFun(P, Args[0], {}); }
Term spawn_3(Process &P, const Term *Args) { return spawnMfa(P, Args[0], Args[1], Args[2], {}); }
Term spawn_link_1(Process &P, const Term *Args) { return spawnFun(P, Args[0], {true, false}); }
Term spawn_link_3(Process &P, const Term *Args) {
  return spawnMfa(P, Args[0], Args[1], Args[2], {true, false});
}
Term spawn_monitor_1(Process &P, const Term *Args) { return spawnFun(P, Args[0], {false, true}); }
Term spawn_monitor_3(Process &P, const Term *Args) {
  return spawnMfa(P, Args[0], Args[1], Args[2], {false, true});
}
Term spawn_opt_2(Process &P, const Term *Args) {
  SpawnOptions O;
  if (!readSpawnOptions(Args[1], O))
    return P.badarg();
  return spawnFun(P, Args[0], O);
}
Term spawn_opt_4(Process &P, const Term *Args) {
  SpawnOptions O;
  if (!readSpawnOptions(Args[3], O))
    return P.badarg();
  return spawnMfa(P, Args[0], Args[1], Args[2], O);
}

static bool isFun0(Term T) { return isFun(T) && funArity(T) == 0; }

Term spawn_request_1(Process &P, const Term *Args) {
  if (!isFun0(Args[0]))
    return P.badarg();
  return spawnRequest(P, NoValue, Args[0], NoValue, NoValue, NoValue, Term::nil());
}
/// (Fun, Options) or (Node, Fun).
Term spawn_request_2(Process &P, const Term *Args) {
  if (isFun0(Args[0]))
    return spawnRequest(P, NoValue, Args[0], NoValue, NoValue, NoValue, Args[1]);
  if (isFun0(Args[1]))
    return spawnRequest(P, Args[0], Args[1], NoValue, NoValue, NoValue, Term::nil());
  return P.badarg();
}
/// (Node, Module, Function, Args) when Function is an atom, else (Module,
/// Function, Args, Options).
static Term spawnRequest4(Process &P, Term A0, Term A1, Term A2, Term A3) {
  if (A2.isAtom())
    return spawnRequest(P, A0, NoValue, A1, A2, A3, Term::nil());
  return spawnRequest(P, NoValue, NoValue, A0, A1, A2, A3);
}
/// (Node, Fun, Options), else (Module, Function, Args) as /4 with [].
Term spawn_request_3(Process &P, const Term *Args) {
  if (isFun0(Args[1]))
    return spawnRequest(P, Args[0], Args[1], NoValue, NoValue, NoValue, Args[2]);
  return spawnRequest4(P, Args[0], Args[1], Args[2], Term::nil());
}
Term spawn_request_4(Process &P, const Term *Args) {
  return spawnRequest4(P, Args[0], Args[1], Args[2], Args[3]);
}
Term spawn_request_5(Process &P, const Term *Args) {
  return spawnRequest(P, Args[0], NoValue, Args[1], Args[2], Args[3], Args[4]);
}
/// No local request is ever outstanding: each is answered as it is made.
Term spawn_request_abandon_1(Process &P, const Term *Args) {
  if (!Args[0].isBoxedKind(HeaderKind::Ref))
    return P.badarg();
  return atomTerm(atoms::False);
}

Term link_1(Process &P, const Term *Args) {
  if (Args[0].isLocalPort()) {
    if (linkPort(P, Args[0]))
      return atomTerm(atoms::True);
  } else if (!Args[0].isLocalPid()) {
    return P.badarg();
  } else if (Args[0] == P.Pid) {
    return atomTerm(atoms::True);
  } else if (Process *Other = ProcessTable::get().lookup(Args[0]);
             Other && linkProcesses(P, *Other)) {
    return atomTerm(atoms::True);
  }
  // As erl: a trapping caller gets {'EXIT', Pid, noproc}, any other fails
  // (a closed port likewise).
  bool Trapping;
  {
    std::lock_guard<SmallMutex> G(P.Signals.Lock);
    Trapping = P.Signals.TrapExit;
  }
  if (!Trapping)
    return P.raiseError(ProcAtoms::get().Noproc);
  sendExitSignal(Args[0], P, ProcAtoms::get().Noproc);
  return atomTerm(atoms::True);
}

Term unlink_1(Process &P, const Term *Args) {
  if (Args[0].isLocalPort()) {
    unlinkPort(P, Args[0]);
    return atomTerm(atoms::True);
  }
  if (!Args[0].isLocalPid())
    return P.badarg();
  unlinkProcesses(P, Args[0]);
  return atomTerm(atoms::True);
}

/// monitor(process, Target, Options) for Options already read.
static Term monitorProcess(Process &P, Term Target, bool Alias, Term Tag = NoValue) {
  const ProcAtoms &A = ProcAtoms::get();
  Term Name = Term::nil();
  if (Target.isAtom())
    Name = Target;
  else if (isLocalNodeName(Target))
    Name = Target.tupleElement(0);
  else if (!Target.isLocalPid())
    return P.badarg();
  RefIds Ids = nextRefIds();
  Term Ref = makeLocalRef(P, Ids);
  if (Alias)
    ProcessTable::get().addAlias(Ids, P.Pid);
  Process *T = resolveName(Name.isAtom() ? Name : Target);
  if (T == &P)
    return Ref; // As erl: monitoring oneself creates no monitor.
  std::shared_ptr<const Message> TagCopy = Tag == NoValue ? nullptr : monitorTag(Tag);
  if (T && addMonitor(P, *T, Ids, Name, Alias, TagCopy))
    return Ref;
  Term Item = Name.isAtom() ? makeTuple2(P, Name, atomTerm(atoms::NonodeAtNohost)) : Target;
  if (Alias)
    ProcessTable::get().removeAlias(Ids, P.Pid);
  sendDown(P, Ids, Item, A.Noproc, TagCopy.get());
  return Ref;
}

Term monitor_2(Process &P, const Term *Args) {
  if (Args[0] != ProcAtoms::get().Process)
    return P.badarg();
  return monitorProcess(P, Args[1], false);
}

Term monitor_3(Process &P, const Term *Args) {
  const ProcAtoms &A = ProcAtoms::get();
  if (Args[0] != A.Process)
    return P.badarg();
  auto Opts = listElements(Args[2]);
  if (!Opts)
    return P.badarg();
  bool Alias = false;
  Term Tag = NoValue;
  if (!readMonitorOptions(*Opts, Alias, Tag))
    return P.badargCause(internAtom("badopt"));
  return monitorProcess(P, Args[1], Alias, Tag);
}

/// Drops every queued message `{_, Ref, _, _, _}` for `demonitor(_, [flush])`
/// (any tag, as erl: a monitor's tag may have replaced 'DOWN').
static bool flushDown(Process &P, const RefIds &Ref) {
  bool Found = false;
  P.Mail.resetCursor();
  while (Message *M = P.Mail.peek()) {
    Term T = M->Payload;
    std::optional<RefIds> Ids;
    if (T.isTuple() && T.tupleArity() == 5)
      Ids = refIdsOf(T.tupleElement(1));
    if (Ids && *Ids == Ref) {
      Message::destroy(P.Mail.removeCurrent());
      Found = true;
      continue;
    }
    P.Mail.advance();
  }
  P.Mail.resetCursor();
  return Found;
}

static Term demonitor(Process &P, Term Ref, Term Options) {
  const ProcAtoms &A = ProcAtoms::get();
  auto Opts = listElements(Options);
  auto Ids = refIdsOf(Ref);
  if (!Opts || !isLocalRef(Ref))
    return P.badarg();
  bool Flush = false, Info = false;
  for (Term O : *Opts) {
    if (O == A.Flush)
      Flush = true;
    else if (O == A.Info)
      Info = true;
    else
      return P.badarg();
  }
  bool Removed = Ids && removeMonitor(P, *Ids);
  bool Flushed = Flush && Ids && flushDown(P, *Ids);
  if (!Info)
    return atomTerm(atoms::True);
  (void)Flushed;
  return boolTerm(Removed);
}

Term demonitor_1(Process &P, const Term *Args) { return demonitor(P, Args[0], Term::nil()); }
Term demonitor_2(Process &P, const Term *Args) { return demonitor(P, Args[0], Args[1]); }

Term alias_0(Process &P, const Term *) {
  RefIds Ids = nextRefIds();
  ProcessTable::get().addAlias(Ids, P.Pid);
  return makeLocalRef(P, Ids);
}
Term alias_1(Process &P, const Term *Args) {
  if (!Args[0].isList())
    return P.badarg();
  return alias_0(P, Args);
}
Term unalias_1(Process &P, const Term *Args) {
  auto Ids = refIdsOf(Args[0]);
  if (!isLocalRef(Args[0]))
    return P.badarg();
  return boolTerm(Ids && ProcessTable::get().removeAlias(*Ids, P.Pid));
}

Term exit_2(Process &P, const Term *Args) {
  if (Args[0].isLocalPort()) {
    portExitSignal(Args[0], P.Pid, Args[1], /*FromExit2=*/true);
    return atomTerm(atoms::True);
  }
  if (!Args[0].isLocalPid())
    return P.badarg();
  Process *To = ProcessTable::get().lookup(Args[0]);
  if (!To)
    return atomTerm(atoms::True);
  sendExitSignal(P.Pid, *To, Args[1], Args[1] == ProcAtoms::get().Kill);
  if (To == &P && processHooks().yieldCurrent)
    processHooks().yieldCurrent();
  return atomTerm(atoms::True);
}

/// process_flag/2 for the settings beamr-jit records but does not act on
/// (see Process.h); the old value, or badarg for a bad flag or value.
static Term otherProcessFlag(Process &P, Term Flag, Term Value) {
  auto Is = [](Term T, const char *Name) { return T == internAtom(Name); };
  Term True = atomTerm(atoms::True), False = atomTerm(atoms::False);
  if (Is(Flag, "message_queue_data")) {
    if (!Is(Value, "on_heap") && !Is(Value, "off_heap"))
      return P.badarg();
    Term Old = std::exchange(P.MessageQueueDataFlag, Value);
    return Old == NoValue ? internAtom("on_heap") : Old;
  }
  if (Is(Flag, "sensitive")) {
    if (Value != True && Value != False)
      return P.badarg();
    return boolTerm(std::exchange(P.SensitiveFlag, Value == True));
  }
  if (Is(Flag, "save_calls")) {
    if (!isSaveCalls(Value))
      return P.badarg();
    return Term::small(std::exchange(P.SaveCallsFlag, unsigned(Value.smallValue())));
  }
  // Heap size minimums: the heap keeps to the new one from its next
  // collection on.
  if (Is(Flag, "min_heap_size") || Is(Flag, "min_bin_vheap_size")) {
    if (!isHeapWords(Value))
      return P.badarg();
    bool Heap = Is(Flag, "min_heap_size");
    std::size_t &Setting = Heap ? P.MinHeapSize : P.MinBinVheapSize;
    std::size_t Old = std::exchange(Setting, heapSizeSetting(Value, Heap ? Process::MinHeapWords : Process::MinBinVheapWords));
    return makeInteger(P, SWord(Old));
  }
  if (Is(Flag, "max_heap_size")) {
    if (!isMaxHeapSize(Value))
      return P.badarg();
    Term Old = maxHeapSizeTerm(P, P);
    setMaxHeapSize(P, Value);
    return Old;
  }
  return P.badarg();
}

/// The option bits of process_flag({monitor_nodes, Opts}, _) as erl
/// reads `Opts`: nil for the old list form (no bits), else a map of
/// `list`, `connection_id`, `node_type` and `nodedown_reason`; nothing for
/// a bad one.
static std::optional<unsigned> nodeMonitorOptions(Term Opts) {
  enum : unsigned { InfoMap = 1, ConnId = 2, Visible = 4, Hidden = 8, DownReason = 16 };
  if (Opts.isNil())
    return 0;
  if (!Opts.isMap())
    return std::nullopt;
  auto At = [](const char *N) { return internAtom(N); };
  Term True = atomTerm(atoms::True), False = atomTerm(atoms::False);
  unsigned Bits = InfoMap;
  std::size_t Seen = 0;
  if (std::optional<Term> L = mapGet(Opts, At("list"))) {
    if (*L != True)
      return std::nullopt;
    Bits &= ~unsigned(InfoMap);
    ++Seen;
  }
  // A boolean option that sets `Bit` when true; false if it is not boolean.
  auto Flag = [&](const char *Name, unsigned Bit) {
    std::optional<Term> V = mapGet(Opts, At(Name));
    if (!V)
      return true;
    ++Seen;
    Bits |= *V == True ? Bit : 0;
    return *V == True || *V == False;
  };
  if (!Flag("connection_id", ConnId) || !Flag("nodedown_reason", DownReason))
    return std::nullopt;
  if (std::optional<Term> T = mapGet(Opts, At("node_type"))) {
    if (*T == At("visible"))
      Bits |= Visible;
    else if (*T == At("hidden"))
      Bits |= Hidden;
    else if (*T == At("all"))
      Bits |= Visible | Hidden;
    else
      return std::nullopt;
    ++Seen;
  }
  if (Seen != mapSize(Opts))
    return std::nullopt;
  return Bits;
}

/// process_flag(monitor_nodes, On) and ({monitor_nodes, Opts}, On): one
/// more or one fewer subscription; how many there were.
static Term monitorNodesFlag(Process &P, Term Opts, Term On) {
  std::optional<unsigned> Bits = nodeMonitorOptions(Opts);
  if (!Bits || (On != atomTerm(atoms::True) && On != atomTerm(atoms::False)))
    return P.badarg();
  auto &Subs = P.NodeMonitors;
  auto It = std::find_if(Subs.begin(), Subs.end(), [&](auto &S) { return S.first == *Bits; });
  unsigned Old = It == Subs.end() ? 0 : It->second;
  if (On == atomTerm(atoms::True)) {
    if (It == Subs.end())
      Subs.push_back({*Bits, 1});
    else
      ++It->second;
  } else if (It != Subs.end() && --It->second == 0) {
    Subs.erase(It);
  }
  return makeInteger(P, SWord(Old));
}

Term process_flag_2(Process &P, const Term *Args) {
  const ProcAtoms &A = ProcAtoms::get();
  Term MonitorNodes = internAtom("monitor_nodes");
  if (Args[0] == MonitorNodes)
    return monitorNodesFlag(P, Term::nil(), Args[1]);
  if (Args[0].isTuple() && Args[0].tupleArity() == 2 && Args[0].tupleElement(0) == MonitorNodes)
    return monitorNodesFlag(P, Args[0].tupleElement(1), Args[1]);
  if (Args[0] == A.TrapExit) {
    if (Args[1] != atomTerm(atoms::True) && Args[1] != atomTerm(atoms::False))
      return P.badarg();
    std::lock_guard<SmallMutex> G(P.Signals.Lock);
    bool Old = P.Signals.TrapExit;
    P.Signals.TrapExit = Args[1] == atomTerm(atoms::True);
    return boolTerm(Old);
  }
  if (Args[0] == A.Priority) {
    Term V = Args[1];
    if (V != A.Low && V != A.Normal && V != A.High && V != A.Max)
      return P.badarg();
    Term Old = P.PriorityFlag;
    setPriority(P, V);
    return Old == NoValue ? A.Normal : Old;
  }
  return otherProcessFlag(P, Args[0], Args[1]);
}

/// process_flag/3: erl allows only `save_calls` on another process.
Term process_flag_3(Process &P, const Term *Args) {
  Process *Q = Args[0].isLocalPid() ? ProcessTable::get().lookup(Args[0]) : nullptr;
  if (!Q || Args[1] != internAtom("save_calls") || !isSaveCalls(Args[2]))
    return P.badarg();
  return Term::small(std::exchange(Q->SaveCallsFlag, unsigned(Args[2].smallValue())));
}

Term is_process_alive_1(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid())
    return P.badarg();
  Process *Q = ProcessTable::get().lookup(Args[0]);
  if (!Q)
    return atomTerm(atoms::False);
  std::lock_guard<SmallMutex> G(Q->Signals.Lock);
  return boolTerm(!Q->Signals.Exiting);
}

} // namespace beamr::bifs

/// The live local process `Pid` names, other than `P`; null when there is
/// none (suspend_process and resume_process then raise badarg).
static Process *suspendee(Process &P, Term Pid) {
  Process *Q = Pid.isLocalPid() && Pid != P.Pid ? ProcessTable::get().lookup(Pid) : nullptr;
  if (!Q)
    return nullptr;
  std::lock_guard<SmallMutex> G(Q->Signals.Lock);
  return Q->Signals.Exiting ? nullptr : Q;
}

namespace {
/// Who has suspended whom, how many times: suspender pid -> (suspendee
/// pid, count). Suspending is rare; a table apart keeps processes small,
/// and `Size` lets an exit skip the lock when nobody suspends anyone.
struct Suspensions {
  std::mutex Lock;
  std::unordered_map<Word, std::vector<std::pair<Term, unsigned>>> By;
  std::atomic<std::size_t> Size{0};
  static Suspensions &get() {
    static Suspensions S;
    return S;
  }
  /// Adds `Delta` (+1 or -1) to `Suspender`'s count for `Suspendee`;
  /// false (nothing changed) when the count would leave 0..UINT_MAX, or
  /// when `UnlessAny` and there is a count already.
  bool change(Term Suspender, Term Suspendee, int Delta, bool UnlessAny = false) {
    std::lock_guard<std::mutex> G(Lock);
    auto &List = By[Suspender.raw()];
    auto It = std::find_if(List.begin(), List.end(), [&](const auto &E) { return E.first == Suspendee; });
    bool Ok = It == List.end() ? Delta > 0
                               : !UnlessAny && (Delta > 0 ? It->second < UINT_MAX : true);
    if (Ok && It == List.end())
      It = List.insert(List.end(), {Suspendee, 0});
    if (Ok && (It->second += unsigned(Delta)) == 0)
      List.erase(It);
    if (List.empty())
      By.erase(Suspender.raw());
    Size.store(By.size());
    return Ok;
  }
};
} // namespace

void beamr::suspenderExited(Term Pid) {
  Suspensions &S = Suspensions::get();
  if (!S.Size.load())
    return;
  std::vector<std::pair<Term, unsigned>> Made;
  {
    std::lock_guard<std::mutex> G(S.Lock);
    auto It = S.By.find(Pid.raw());
    if (It == S.By.end())
      return;
    Made.swap(It->second);
    S.By.erase(It);
    S.Size.store(S.By.size());
  }
  for (auto [Suspendee, Count] : Made)
    if (Process *Q = ProcessTable::get().lookup(Suspendee))
      while (Count--)
        processHooks().resume(*Q);
}

namespace beamr::bifs {

/// erlang:suspend_process/2. The suspension takes effect when the
/// suspendee next stops at a call (at once if it is not running); the
/// synchronous form does not wait for that. `{asynchronous, Tag}` replies
/// `{Tag, suspended}` at once.
Term suspend_process_2(Process &P, const Term *Args) {
  auto Opts = listElements(Args[1]);
  if (!Opts || !processHooks().suspend)
    return P.badarg();
  bool Async = false, UnlessSuspending = false;
  Term ReplyTag = NoValue;
  for (Term O : *Opts) {
    if (O == internAtom("asynchronous"))
      Async = true;
    else if (O == internAtom("unless_suspending"))
      UnlessSuspending = true;
    else if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(0) == internAtom("asynchronous"))
      Async = true, ReplyTag = O.tupleElement(1);
    else
      return P.badarg();
  }
  Process *Q = suspendee(P, Args[0]);
  if (!Q)
    return P.badarg();
  bool Suspends = Suspensions::get().change(P.Pid, Args[0], +1, UnlessSuspending);
  if (Suspends)
    processHooks().suspend(*Q);
  if (ReplyTag != NoValue)
    sendMessage(P, makeTuple2(P, ReplyTag, internAtom("suspended")));
  return Async ? atomTerm(atoms::True) : boolTerm(Suspends);
}

Term suspend_process_1(Process &P, const Term *Args) {
  Term Opts[] = {Args[0], Term::nil()};
  return suspend_process_2(P, Opts);
}

/// erlang:resume_process/1: undoes one suspension this process made;
/// badarg if it made none of `Pid`.
Term resume_process_1(Process &P, const Term *Args) {
  Process *Q = suspendee(P, Args[0]);
  if (!Q || !Suspensions::get().change(P.Pid, Args[0], -1))
    return P.badarg();
  processHooks().resume(*Q);
  return atomTerm(atoms::True);
}

Term group_leader_0(Process &P, const Term *) { return P.GroupLeader; }

Term group_leader_2(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid() || !Args[1].isLocalPid())
    return P.badarg();
  Process *Q = ProcessTable::get().lookup(Args[1]);
  if (!Q)
    return P.badarg();
  Q->GroupLeader = Args[0];
  return atomTerm(atoms::True);
}

Term register_2(Process &P, const Term *Args) {
  if (!ProcessTable::get().registerName(Args[0], Args[1]))
    return P.badarg();
  return atomTerm(atoms::True);
}

Term unregister_1(Process &P, const Term *Args) {
  if (!Args[0].isAtom() || !ProcessTable::get().unregisterName(Args[0]))
    return P.badarg();
  return atomTerm(atoms::True);
}

Term whereis_1(Process &P, const Term *Args) {
  if (!Args[0].isAtom())
    return P.badarg();
  Term Pid = ProcessTable::get().whereis(Args[0]);
  return Pid.isNil() ? atomTerm(atoms::Undefined) : Pid;
}

Term registered_0(Process &P, const Term *) {
  std::vector<Term> Names = ProcessTable::get().registeredNames();
  return makeList(P, Names);
}

Term processes_0(Process &P, const Term *) {
  std::vector<Term> Pids = ProcessTable::get().pids();
  return makeList(P, Pids);
}

/// erts_internal:is_system_process(Pid): whether erl would count it among
/// its own system processes (init:stop/0 does not kill those).
Term erts_internal_is_system_process_1(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid())
    return P.badarg();
  Process *Q = ProcessTable::get().lookup(Args[0]);
  return boolTerm(Q && Q->System);
}

/// Words on `Q`'s stack (it grows down from the end of the heap block).
static std::size_t stackWords(const Process &Q) { return std::size_t(Q.HeapEnd - Q.StackTop); }

namespace {

bool exiting(Process &Q) {
  std::lock_guard<SmallMutex> G(Q.Signals.Lock);
  return Q.Signals.Exiting;
}
} // namespace

/// process_info(Q, garbage_collection), in erl's order.
static Term garbageCollectionInfo(Process &P, Process &Q) {
  Term Items[] = {
      makeTuple2(P, internAtom("max_heap_size"), maxHeapSizeTerm(P, Q)),
      makeTuple2(P, internAtom("min_bin_vheap_size"), makeInteger(P, SWord(Q.MinBinVheapSize))),
      makeTuple2(P, internAtom("min_heap_size"), makeInteger(P, SWord(Q.MinHeapSize))),
      makeTuple2(P, internAtom("fullsweep_after"), makeInteger(P, SWord(Q.FullsweepAfter))),
      makeTuple2(P, internAtom("minor_gcs"), makeInteger(P, SWord(Q.MinorCollections)))};
  return makeList(P, Items);
}

/// `{Item, Value}` for one process_info item of `Q`, or nothing if unknown.
/// For another process, the caller holds an `Inspection` of it.
static std::optional<Term> processInfoItem(Process &P, Process &Q, Term Item) {
  const ProcAtoms &A = ProcAtoms::get();
  Term Value;
  if (Item == A.RegisteredName) {
    // register/unregister change it under the signal lock, from any thread.
    std::lock_guard<SmallMutex> G(Q.Signals.Lock);
    Value = Q.Signals.RegisteredName.isAtom() ? Q.Signals.RegisteredName : Term::nil();
  } else if (Item == A.Status) {
    auto Hook = processHooks().statusOf;
    Value = &Q == &P ? A.Running : Hook ? Hook(Q) : A.Waiting;
  } else if (Item == A.MessageQueueLen) {
    Value = makeInteger(P, SWord(Q.Mail.length()));
  } else if (Item == A.Messages) {
    std::vector<Term> Msgs;
    for (Message *M = Q.Mail.first(); M; M = M->Next)
      Msgs.push_back(copyTerm(M->Payload, P));
    Value = makeList(P, Msgs);
  } else if (Item == A.Links) {
    std::lock_guard<SmallMutex> G(Q.Signals.Lock);
    Value = makeList(P, Q.Signals.Links);
  } else if (Item == A.Dictionary) {
    std::vector<Term> Pairs;
    for (auto &[K, V] : Q.Dictionary)
      Pairs.push_back(makeTuple2(P, &Q == &P ? K : copyTerm(K, P), &Q == &P ? V : copyTerm(V, P)));
    Value = makeList(P, Pairs);
  } else if (Item == A.TrapExit) {
    std::lock_guard<SmallMutex> G(Q.Signals.Lock); // process_flag writes it so.
    Value = boolTerm(Q.Signals.TrapExit);
  } else if (Item == A.GroupLeader) {
    Value = Q.GroupLeader;
  } else if (Item == A.HeapSize || Item == A.TotalHeapSize) {
    std::size_t Words = Q.heapSize();
    if (Item == A.TotalHeapSize)
      Words += Q.oldHeapSize() + Q.fragmentWords();
    Value = makeInteger(P, SWord(Words));
  } else if (Item == A.Reductions) {
    Value = makeInteger(P, Q.Reductions);
  } else if (Item == A.Priority) {
    Value = Q.PriorityFlag == NoValue ? A.Normal : Q.PriorityFlag;
  } else if (Item == A.CurrentStacktrace) {
    auto Hook = processHooks().currentStacktrace;
    Value = Hook ? Hook(P, Q) : Term::nil();
  } else if (Item == A.CurrentFunction || Item == internAtom("current_location")) {
    // The top frame of the stack trace; a process stopped where no frame
    // is known (hibernating, or not started) in erl's terms.
    bool Location = Item != A.CurrentFunction;
    auto Hook = processHooks().currentStacktrace;
    Term Trace = Hook ? Hook(P, Q) : Term::nil();
    Term Frame = Trace.isCons() ? Trace.head() : NoValue;
    if (Frame != NoValue && Frame.isTuple() && Frame.tupleArity() == 4) {
      Value = Location ? Frame
                       : makeTuple3(P, Frame.tupleElement(0), Frame.tupleElement(1),
                                    Frame.tupleElement(2));
    } else if (&Q == &P) {
      return std::nullopt;
    } else {
      auto Of = processHooks().currentFunctionOf;
      Term MFA = Of ? Of(P, Q) : NoValue;
      if (MFA == NoValue)
        MFA = makeTuple3(P, internAtom("erlang"), internAtom("apply"), Term::small(2));
      Term Elems[] = {MFA.tupleElement(0), MFA.tupleElement(1), MFA.tupleElement(2), Term::nil()};
      Value = Location ? makeTuple(P, Elems) : MFA;
    }
  } else if (Item == internAtom("initial_call")) {
    bool Fun = Q.InitialModule.isNil();
    Value = makeTuple3(P, Fun ? internAtom("erlang") : Q.InitialModule,
                       Fun ? internAtom("apply") : Q.InitialFunction,
                       Term::small(Fun ? 2 : Q.InitialArity));
  } else if (Item == internAtom("memory")) {
    std::size_t Words = Q.heapSize() + Q.oldHeapSize() + Q.fragmentWords();
    Value = makeInteger(P, SWord(Words * sizeof(Word) + sizeof(Process)));
  } else if (Item == internAtom("stack_size")) {
    Value = makeInteger(P, SWord(stackWords(Q)));
  } else if (Item == internAtom("min_heap_size")) {
    Value = makeInteger(P, SWord(Q.MinHeapSize));
  } else if (Item == internAtom("min_bin_vheap_size")) {
    Value = makeInteger(P, SWord(Q.MinBinVheapSize));
  } else if (Item == internAtom("max_heap_size")) {
    Value = maxHeapSizeTerm(P, Q);
  } else if (Item == internAtom("fullsweep_after")) {
    Value = makeInteger(P, SWord(Q.FullsweepAfter));
  } else if (Item == internAtom("garbage_collection")) {
    Value = garbageCollectionInfo(P, Q);
  } else if (Item == internAtom("garbage_collection_info")) {
    std::vector<Term> Pairs;
    for (auto [Name, Words] : Q.gcInfo())
      Pairs.push_back(makeTuple2(P, internAtom(Name), makeInteger(P, SWord(Words))));
    Value = makeList(P, Pairs);
  } else if (Item == internAtom("parent")) {
    Value = Q.Parent.isNil() ? atomTerm(atoms::Undefined) : Q.Parent;
  } else if (Item == internAtom("message_queue_data")) {
    Value = Q.MessageQueueDataFlag == NoValue ? internAtom("on_heap") : Q.MessageQueueDataFlag;
  } else if (Item == internAtom("error_handler")) {
    Value = internAtom("error_handler");
  } else if (Item == internAtom("trace") || Item == internAtom("catchlevel")) {
    Value = Term::small(0);
  } else if (Item == internAtom("last_calls")) {
    Value = atomTerm(atoms::False);
  } else if (Item == internAtom("sequential_trace_token") || Item == internAtom("suspending") ||
             Item == internAtom("binary")) {
    Value = Term::nil();
  } else if (Item == A.Monitors) {
    std::vector<Term> Ms;
    std::lock_guard<SmallMutex> G(Q.Signals.Lock);
    Q.Signals.Monitoring.forEach([&](const MonitorEntry &E) {
      Term Target = E.TargetName.isAtom()
                        ? makeTuple2(P, E.TargetName, atomTerm(atoms::NonodeAtNohost))
                        : E.Target;
      Ms.push_back(makeTuple2(P, A.Process, Target));
    });
    Value = makeList(P, Ms);
  } else if (Item == A.MonitoredBy) {
    std::vector<Term> Ms;
    std::lock_guard<SmallMutex> G(Q.Signals.Lock);
    Q.Signals.MonitoredBy.forEach([&](const MonitorEntry &E) { Ms.push_back(E.Watcher); });
    Value = makeList(P, Ms);
  } else {
    return std::nullopt;
  }
  if (Item == A.RegisteredName && Value.isNil())
    return Term::nil(); // erl answers [] for an unnamed process.
  return makeTuple2(P, Item, Value);
}

/// Whether process_info knows `Item`. erl checks items even for a dead
/// process; asking about the caller tells known items from unknown ones.
static bool isProcessInfoItem(Process &P, Term Item) {
  return Item.isAtom() && processInfoItem(P, P, Item).has_value();
}

Term process_info_2(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid())
    return P.badarg();
  Process *Q = ProcessTable::get().lookup(Args[0]);
  bool Alive = Q && !(Q != &P && exiting(*Q));
  std::optional<Inspection> Hold;
  if (Alive)
    Hold.emplace(P, *Q);
  if (Args[1].isAtom()) {
    if (!Alive)
      return isProcessInfoItem(P, Args[1]) ? atomTerm(atoms::Undefined) : P.badarg();
    auto R = processInfoItem(P, *Q, Args[1]);
    return R ? *R : P.badarg();
  }
  auto Items = listElements(Args[1]);
  if (!Items)
    return P.badarg();
  std::vector<Term> Result;
  for (Term Item : *Items) {
    if (!Alive) {
      if (!isProcessInfoItem(P, Item))
        return P.badarg();
      continue;
    }
    auto R = Item.isAtom() ? processInfoItem(P, *Q, Item) : std::nullopt;
    if (!R)
      return P.badarg();
    Result.push_back(R->isNil() ? makeTuple2(P, Item, Term::nil()) : *R);
  }
  return Alive ? makeList(P, Result) : atomTerm(atoms::Undefined);
}

/// process_info/1: erl's default items that this runtime knows, in erl's
/// order (`registered_name` first, and only for a named process).
Term process_info_1(Process &P, const Term *Args) {
  const ProcAtoms &A = ProcAtoms::get();
  if (!Args[0].isLocalPid())
    return P.badarg();
  Process *Q = ProcessTable::get().lookup(Args[0]);
  if (!Q || (Q != &P && exiting(*Q)))
    return atomTerm(atoms::Undefined);
  Inspection Hold(P, *Q);
  std::vector<Term> Result;
  bool Named;
  {
    std::lock_guard<SmallMutex> G(Q->Signals.Lock);
    Named = Q->Signals.RegisteredName.isAtom();
  }
  if (Named)
    Result.push_back(*processInfoItem(P, *Q, A.RegisteredName));
  for (Term Item : {A.CurrentFunction, internAtom("initial_call"), A.Status, A.MessageQueueLen,
                    A.Links, A.Dictionary, A.TrapExit, internAtom("error_handler"), A.Priority,
                    A.GroupLeader, A.TotalHeapSize, A.HeapSize, internAtom("stack_size"),
                    A.Reductions, internAtom("garbage_collection"), internAtom("suspending")})
    if (auto R = processInfoItem(P, *Q, Item))
      Result.push_back(*R);
  return makeList(P, Result);
}

Term yield_0(Process &, const Term *) {
  if (processHooks().yieldCurrent)
    processHooks().yieldCurrent();
  return atomTerm(atoms::True);
}

Term bump_reductions_1(Process &P, const Term *Args) {
  if (!Args[0].isSmall() || Args[0].smallValue() < 0)
    return P.badarg();
  P.Reductions += Args[0].smallValue();
  return atomTerm(atoms::True);
}

// Distribution is not supported: everything lives on `nonode@nohost`.
Term node_0(Process &, const Term *) { return atomTerm(atoms::NonodeAtNohost); }

Term node_1(Process &P, const Term *Args) {
  Term T = Args[0];
  if (T.isLocalPid() || T.isLocalPort() || isLocalRef(T))
    return atomTerm(atoms::NonodeAtNohost);
  if (T.isBoxedKind(HeaderKind::ExternalPid) || T.isBoxedKind(HeaderKind::ExternalPort) ||
      T.isBoxedKind(HeaderKind::ExternalRef))
    return viewExternal(T).Node;
  return P.badarg();
}

Term is_alive_0(Process &, const Term *) { return atomTerm(atoms::False); }

/// No distribution: no other node is ever connected.
Term nodes_0(Process &, const Term *) { return Term::nil(); }

/// `nodes(Kind)` for a kind or a list of kinds: only `this` and `known`
/// name a node, this one.
Term nodes_1(Process &P, const Term *Args) {
  bool Self = false;
  auto Kind = [&Self](Term K) {
    if (K == internAtom("this") || K == internAtom("known"))
      return Self = true;
    return K == internAtom("visible") || K == internAtom("hidden") || K == internAtom("connected");
  };
  if (Args[0].isAtom()) {
    if (!Kind(Args[0]))
      return P.badarg();
  } else {
    Term L = Args[0];
    for (; L.isCons(); L = L.tail())
      if (!Kind(L.head()))
        return P.badarg();
    if (!L.isNil())
      return P.badarg();
  }
  return Self ? makeCons(P, atomTerm(atoms::NonodeAtNohost), Term::nil()) : Term::nil();
}

/// erts_internal:scheduler_wall_time(Enable), which kernel_refc calls: the
/// accounting is always off here, so turning it off is all that works;
/// turning it on raises notsup (statistics(scheduler_wall_time) stays
/// undefined).
Term erts_internal_scheduler_wall_time_1(Process &P, const Term *Args) {
  if (Args[0] == atomTerm(atoms::False))
    return atomTerm(atoms::False);
  if (Args[0] == atomTerm(atoms::True))
    return P.raiseError(internAtom("notsup"));
  return P.badarg();
}

/// nodes(Kinds, #{connection_id => Bool, node_type => Bool}): the nodes of
/// nodes/1, each as `{Node, Info}`. This node is not distributed, so only
/// itself can be listed: its connection id is `undefined`, its type `this`.
Term nodes_2(Process &P, const Term *Args) {
  Term Nodes = nodes_1(P, Args);
  if (Nodes == NoValue || !Args[1].isMap())
    return NoValue == Nodes ? NoValue : P.badarg();
  Term ConnectionId = internAtom("connection_id"), NodeType = internAtom("node_type");
  bool WithId = false, WithType = false;
  MapIterator It(Args[1]);
  for (Term K, V; It.next(K, V);) {
    if ((K != ConnectionId && K != NodeType) ||
        (V != atomTerm(atoms::True) && V != atomTerm(atoms::False)))
      return P.badarg();
    (K == ConnectionId ? WithId : WithType) = V == atomTerm(atoms::True);
  }
  if (Nodes.isNil())
    return Nodes;
  std::vector<MapEntry> Info;
  if (WithId)
    Info.emplace_back(ConnectionId, internAtom("undefined"));
  if (WithType)
    Info.emplace_back(NodeType, internAtom("this"));
  return makeCons(P, makeTuple2(P, Nodes.head(), makeMap(P, Info)), Term::nil());
}

Term make_ref_0(Process &P, const Term *) { return makeRef(P); }

Term pid_to_list_1(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid() && !Args[0].isBoxedKind(HeaderKind::ExternalPid))
    return P.badarg();
  std::string Text;
  writeTerm(Text, Args[0]);
  return makeByteList(P, Text);
}

} // namespace beamr::bifs
