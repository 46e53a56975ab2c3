//===- interp/RuntimeBifs.cpp - BIFs that belong to the code server -------===//
///
/// \file
/// Natively implemented functions that need the interpreter's view of the
/// world (code loading, halting; the code server's lock makes them safe on
/// any scheduler thread) plus stop-gaps for a few core BIFs that
/// Bifs.def may not provide yet. Each is installed only when the export has
/// no BIF already, so lib/Runtime's versions always win.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Interp/CodeServer.h"
#include "beamr/Interp/Scheduler.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/ExternalTerm.h"
#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <vector>

using namespace beamr;
using namespace beamr::interp;

namespace {
Term error1(Process &P, const Term *A) { return P.raiseError(A[0]); }
Term throw1(Process &P, const Term *A) { return P.raise(ExceptionClass::Throw, A[0]); }
Term exit1(Process &P, const Term *A) { return P.raise(ExceptionClass::Exit, A[0]); }
Term display1(Process &, const Term *A) {
  std::string S;
  writeTerm(S, A[0]);
  S += "\n";
  std::fputs(S.c_str(), stdout);
  return atomTerm(atoms::True);
}

Term functionExported3(Process &P, const Term *A) {
  if (!A[0].isAtom() || !A[1].isAtom() || !A[2].isSmall())
    return P.badarg();
  Export *E = ExportTable::get().find(A[0], A[1], unsigned(A[2].smallValue()));
  return boolTerm(E && (E->Code.load() || E->Bif));
}

Term atom(const char *Name) { return *AtomTable::get().intern(Name); }

Term moduleLoaded1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  return boolTerm(CodeServer::get().isLoaded(A[0]) || isPreloaded(A[0]));
}

/// erlang:pre_loaded/0: the modules erl preloads.
Term preLoaded0(Process &P, const Term *) {
  std::vector<Term> Mods;
  for (const char *N : preloadedModuleNames())
    Mods.push_back(atom(N));
  return makeList(P, Mods);
}

/// erlang:loaded/0: every module with code, the preloaded ones included.
Term loaded0(Process &P, const Term *) {
  std::vector<Term> Mods;
  for (const char *N : preloadedModuleNames())
    Mods.push_back(atom(N));
  for (Term M : CodeServer::get().modulesWithCode())
    if (!isPreloaded(M))
      Mods.push_back(M);
  return makeList(P, Mods);
}

/// erlang:prepare_loading(Module, Code): prepared code (a reference) or
/// `{error, badfile}`; badarg unless an atom and a binary.
Term prepareLoading2(Process &P, const Term *A) {
  if (!A[0].isAtom() || !A[1].isBitstring())
    return P.badarg();
  BitstringView V = viewBitstring(A[1]);
  if (!V.isBinary())
    return P.badarg();
  std::vector<unsigned char> Bytes(V.BitSize / 8);
  for (Word I = 0; I < Bytes.size(); ++I)
    Bytes[I] = V.byteAt(I);
  CodeServer::PrepareResult R = CodeServer::get().prepare(A[0], Bytes);
  if (!R.Id) {
    Term Pair[] = {atomTerm(atoms::Error), atom(R.Error)};
    return makeTuple(P, Pair);
  }
  return makeLocalRef(P, *R.Id);
}

Term hasPreparedCodeOnLoad1(Process &P, const Term *A) {
  std::optional<RefIds> Id = refIdsOf(A[0]);
  std::optional<bool> OnLoad = Id ? CodeServer::get().preparedHasOnLoad(*Id) : std::nullopt;
  if (!OnLoad)
    return P.badarg();
  return boolTerm(*OnLoad);
}

/// erlang:finish_loading(Prepared): ok or {Reason, Modules}; badarg for a
/// list that names anything but prepared code (or names code twice).
Term finishLoading1(Process &P, const Term *A) {
  std::vector<RefIds> Ids;
  Term L = A[0];
  for (; L.isCons(); L = L.tail()) {
    std::optional<RefIds> Id = refIdsOf(L.head());
    if (!Id || std::find(Ids.begin(), Ids.end(), *Id) != Ids.end())
      return P.badarg();
    Ids.push_back(*Id);
  }
  if (!L.isNil())
    return P.badarg();
  if (Ids.size() > 1)
    for (const RefIds &Id : Ids)
      if (CodeServer::get().preparedHasOnLoad(Id).value_or(false))
        return P.raiseError(atom("system_limit"));
  std::optional<CodeServer::FinishResult> R = CodeServer::get().finishLoading(Ids);
  if (!R)
    return P.badarg();
  if (R->Modules.empty())
    return atomTerm(atoms::Ok);
  Term Pair[] = {atom(R->Outcome), makeList(P, R->Modules)};
  return makeTuple(P, Pair);
}

/// erlang:load_module(Module, Binary): prepare and finish in one step.
Term loadModule2(Process &P, const Term *A) {
  Term Prepared = prepareLoading2(P, A);
  if (Prepared == NoValue || Prepared.isTuple())
    return Prepared;
  Term List = makeList(P, std::span<const Term>(&Prepared, 1));
  Term R = finishLoading1(P, &List);
  if (R == NoValue)
    return R;
  Term Pair[] = {R.isTuple() ? atomTerm(atoms::Error) : atom("module"),
                 R.isTuple() ? R.tupleElement(0) : A[0]};
  return makeTuple(P, Pair);
}

/// erlang:finish_after_on_load(Module, Keep).
Term finishAfterOnLoad2(Process &P, const Term *A) {
  if (!A[0].isAtom() || (A[1] != atomTerm(atoms::True) && A[1] != atomTerm(atoms::False)))
    return P.badarg();
  if (!CodeServer::get().finishAfterOnLoad(A[0], A[1] == atomTerm(atoms::True)))
    return P.badarg();
  return atomTerm(atoms::True);
}

/// erlang:delete_module(Module).
Term deleteModule1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  const char *R = CodeServer::get().deleteModule(A[0]);
  if (std::string_view(R) == "badarg") // (erl also logs "Module M must be purged before deleting".)
    return P.badarg();
  return atom(R);
}

Term checkOldCode1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  return boolTerm(CodeServer::get().oldCode(A[0]) != nullptr);
}

/// Whether `Q` runs `Module`'s old code: its current instruction or a
/// return address on its stack lies in it. (Funs on its heap that refer to
/// the old code are not looked for, unlike erl's check.)
bool runsOldCode(Process &P, Process &Q, Term Module) {
  const LoadedModule *Old = CodeServer::get().oldCode(Module);
  if (!Old)
    return false;
  Inspection Hold(P, Q);
  if (&Q != &P && Old->contains(Scheduler::get().resumeAddress(Q)))
    return true;
  if (Old->contains(Q.CP))
    return true;
  for (const Word *W = Q.StackTop; W < Q.HeapEnd; ++W)
    if ((*W & 7) == 0 && Old->contains(reinterpret_cast<const Word *>(*W)))
      return true;
  return false;
}

/// erlang:check_process_code(Pid, Module[, Options]).
Term checkProcessCode(Process &P, const Term *A, bool WithOptions) {
  if (!A[0].isLocalPid() || !A[1].isAtom())
    return P.badarg();
  if (WithOptions) {
    Term L = A[2];
    for (; L.isCons(); L = L.tail()) {
      // {allow_gc, Bool} or {async, RequestId}.
      Term O = L.head();
      if (!O.isTuple() || O.tupleArity() != 2)
        return P.badarg();
      Term Key = O.tupleElement(0), Value = O.tupleElement(1);
      bool IsBool = Value == atomTerm(atoms::True) || Value == atomTerm(atoms::False);
      if (!(Key == atom("async") || (Key == atom("allow_gc") && IsBool)))
        return P.badarg();
    }
    if (!L.isNil())
      return P.badarg();
  }
  Process *Q = ProcessTable::get().lookup(A[0]);
  return boolTerm(Q && runsOldCode(P, *Q, A[1]));
}
Term checkProcessCode2(Process &P, const Term *A) { return checkProcessCode(P, A, false); }
Term checkProcessCode3(Process &P, const Term *A) { return checkProcessCode(P, A, true); }

/// erlang:purge_module(Module): kills every process still in the old code
/// (as erts_code_purger:purge does, which erl's BIF calls) and drops it;
/// badarg when there is no old code.
Term purgeModule1(Process &P, const Term *A) {
  if (!A[0].isAtom() || !CodeServer::get().oldCode(A[0]))
    return P.badarg();
  for (Term Pid : ProcessTable::get().pids()) {
    if (Pid == P.Pid)
      continue;
    Process *Q = ProcessTable::get().lookup(Pid);
    if (Q && runsOldCode(P, *Q, A[0]))
      sendExitSignal(P.Pid, *Q, atom("kill"), /*Untrappable=*/true);
  }
  CodeServer::get().purgeOld(A[0]);
  return atomTerm(atoms::True);
}

/// erts_internal:request_system_task(Pid, Priority, Request), for the one
/// request erts_code_purger makes: {check_process_code, ReqId, Module},
/// answered with {check_process_code, ReqId, Bool} (false for a process
/// that is gone). Other tasks are badarg.
Term requestSystemTask3(Process &P, const Term *A) {
  Term R = A[2];
  if (!A[0].isLocalPid() || !R.isTuple() || R.tupleArity() != 3 ||
      R.tupleElement(0) != atom("check_process_code") || !R.tupleElement(2).isAtom())
    return P.badarg();
  Process *Q = ProcessTable::get().lookup(A[0]);
  bool Runs = Q && runsOldCode(P, *Q, R.tupleElement(2));
  Term Reply[] = {R.tupleElement(0), R.tupleElement(1), boolTerm(Runs)};
  sendMessage(P, makeTuple(P, Reply));
  return atomTerm(atoms::Ok);
}

/// erts_internal:purge_module(Module, Op), for erts_code_purger only
/// (notsup for anyone else, as in erl): `prepare` answers whether there is
/// old code, `complete` drops it; on_load code that failed is dropped by
/// finish_after_on_load already, so `prepare_on_load` finds none.
Term purgeModule2(Process &P, const Term *A) {
  if (ProcessTable::get().whereis(atom("erts_code_purger")) != P.Pid)
    return P.raiseError(atom("notsup"));
  if (!A[0].isAtom())
    return P.badarg();
  std::string_view Op = A[1].isAtom() ? AtomTable::get().name(A[1]) : "";
  CodeServer &CS = CodeServer::get();
  if (Op == "prepare")
    return boolTerm(CS.oldCode(A[0]) != nullptr);
  if (Op == "prepare_on_load")
    return atomTerm(atoms::False);
  if (Op == "abort")
    return atomTerm(atoms::False);
  if (Op == "complete") {
    CS.purgeOld(A[0]);
    return atomTerm(atoms::True);
  }
  return P.badarg();
}

/// erlang:load_nif/2: beamr-jit loads no NIF libraries (the NIFs it has are
/// native BIFs), so it answers as erl does for a library it cannot load.
Term loadNif2(Process &P, const Term *) {
  std::string Text = "beamr-jit does not load NIF libraries";
  Term Reason[] = {atom("load_failed"), makeByteList(P, Text)};
  Term Error[] = {atomTerm(atoms::Error), makeTuple(P, Reason)};
  return makeTuple(P, Error);
}

Term moduleInfo(Process &P, Term Module, Term Key) {
  CodeServer &CS = CodeServer::get();
  std::string_view K = Key.isAtom() ? AtomTable::get().name(Key) : "";
  if (K == "module")
    return Module;
  const LoadedModule *LM = CS.module(Module);
  if (!LM)
    return P.badarg();
  if (K == "exports" || K == "functions") {
    // erl lists exports in the reverse of the ExpT chunk's order (its
    // export table's), functions in code order.
    std::vector<Term> Items;
    auto Add = [&](Term Name, unsigned Arity) {
      Term Pair[] = {Name, Term::small(Arity)};
      Items.push_back(makeTuple(P, Pair));
    };
    if (K == "exports")
      for (auto It = LM->Beam->Exports.rbegin(); It != LM->Beam->Exports.rend(); ++It)
        Add(It->Function, It->Arity);
    else
      for (const LoadedFunction &F : LM->Functions)
        Add(F.Name, F.Arity);
    return makeList(P, Items);
  }
  if (K == "attributes")
    return LM->Beam->Attributes.value_or(Term::nil());
  if (K == "compile")
    return LM->Beam->CompileInfo.value_or(Term::nil());
  if (K == "md5")
    return makeBinary(P, LM->Beam->Md5);
  if (K == "nifs") // No module of ours loads NIFs.
    return Term::nil();
  return P.badarg();
}
Term getModuleInfo1(Process &P, const Term *A) {
  const char *Keys[] = {"module", "exports", "attributes", "compile", "md5"};
  std::vector<Term> Items;
  for (const char *K : Keys) {
    Term Key = *AtomTable::get().intern(K);
    Term Pair[] = {Key, moduleInfo(P, A[0], Key)};
    Items.push_back(makeTuple(P, Pair));
  }
  return makeList(P, Items);
}
Term getModuleInfo2(Process &P, const Term *A) { return moduleInfo(P, A[0], A[1]); }

/// `fun M:F/A` with variable parts: the fun is made without loading M;
/// calling it raises undef if M:F/A does not exist.
Term makeFun3(Process &P, const Term *A) {
  if (!A[0].isAtom() || !A[1].isAtom() || !A[2].isSmall() || A[2].smallValue() < 0 ||
      A[2].smallValue() > 255)
    return P.badarg();
  return makeExportFun(P, A[0], A[1], A[2]);
}

void install(const char *M, const char *F, unsigned Arity, BifFunction Fn) {
  Export &E = ExportTable::get().entry(*AtomTable::get().intern(M), *AtomTable::get().intern(F),
                                       Arity);
  if (!E.Bif)
    E.Bif = Fn;
}
} // namespace

void beamr::interp::installInterpBifs() {
  install("erlang", "error", 1, error1);
  install("erlang", "error", 2, error1);
  install("erlang", "error", 3, error1);
  install("erlang", "nif_error", 1, error1);
  install("erlang", "throw", 1, throw1);
  install("erlang", "exit", 1, exit1);
  install("erlang", "display", 1, display1);
  install("erlang", "function_exported", 3, functionExported3);
  install("erlang", "module_loaded", 1, moduleLoaded1);
  install("erlang", "pre_loaded", 0, preLoaded0);
  install("erlang", "loaded", 0, loaded0);
  install("erlang", "prepare_loading", 2, prepareLoading2);
  install("erlang", "has_prepared_code_on_load", 1, hasPreparedCodeOnLoad1);
  install("erlang", "finish_loading", 1, finishLoading1);
  install("erlang", "load_module", 2, loadModule2);
  install("erlang", "finish_after_on_load", 2, finishAfterOnLoad2);
  install("erlang", "delete_module", 1, deleteModule1);
  install("erlang", "check_old_code", 1, checkOldCode1);
  install("erlang", "purge_module", 1, purgeModule1);
  install("erlang", "check_process_code", 2, checkProcessCode2);
  install("erlang", "check_process_code", 3, checkProcessCode3);
  install("erts_internal", "request_system_task", 3, requestSystemTask3);
  install("erts_internal", "purge_module", 2, purgeModule2);
  install("erlang", "load_nif", 2, loadNif2);
  install("erlang", "get_module_info", 1, getModuleInfo1);
  install("erlang", "get_module_info", 2, getModuleInfo2);
  install("erlang", "make_fun", 3, makeFun3);
  // erlang:fun_info(F, name) asks the code server for a local fun's name.
  setFunNameHook([](Term Module, Word Index) -> Term {
    const FunEntry *E = CodeServer::get().funEntry(Module, unsigned(Index));
    CodeLocation L = E ? CodeServer::get().locate(E->Code) : CodeLocation();
    return L.Function ? L.Function->Name : Term::nil();
  });
}
