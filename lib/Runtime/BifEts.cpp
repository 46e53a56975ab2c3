//===- lib/Runtime/BifEts.cpp - ETS tables --------------------------------===//
///
/// \file
/// The ETS functions that erl implements in C (OTP's ets.beam provides the
/// rest: `tab2list`, `foldl`, `all`, ...). A table keeps each object as a
/// copy outside every process heap (a `Message`, as a queued message is
/// kept) and copies objects out to the caller's heap on reads, so tables
/// are safe to share between processes.
///
/// Threads: BIFs of processes on different scheduler threads use tables at
/// once. The registry (by reference and by name) has a reader/writer lock:
/// every call looks its table up under the shared side; creating, renaming
/// and deleting take the exclusive side. Each table's objects, its heir and
/// the heir's data are guarded by the table's own lock; its owner, name and
/// protection, which every access check reads first, are atomics. A table
/// found just before another thread deletes it stays alive (shared_ptr)
/// until the call that found it returns. Continuations hold keys, never
/// iterators. `safe_fixtable` is kept per table (which processes fixed it,
/// how often): while a table is fixed, `next`/`prev` from a key another
/// thread deleted go on from where that key was, as erl guarantees, so
/// ets.erl's `foldl` and friends survive concurrent deletes.
///
/// Keys are indexed as erl indexes them (EtsIndex.h): an `ordered_set` in
/// term order (`==`), the other types in erl's own hash table layout
/// (`=:=`), so that walks and selects of every type come in erl's order.
///
/// Match specifications (`select`, `match`, `match_object`, ...) are
/// interpreted directly (EtsMatchSpec.cpp). The chunked forms (`select/3`,
/// `match/3`, ... and their `/1` continuations) of an `ordered_set` resume
/// after the last key they visited, as erl's do, with the continuation
/// `{Tab, LastKey, ObjectsOfLastKeyDone, Limit, MatchSpec, Reverse}`; a
/// hashed table's resume at a slot with the matches found beyond the last
/// chunk, as erl's (`selectHashedChunk`).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"
#include "EtsIndex.h"
#include "EtsMatchSpec.h"

#include "beamr/Runtime/Arith.h"
#include "beamr/Runtime/Copy.h"
#include "beamr/Runtime/Mailbox.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Support/SmallMutex.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Map.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <unordered_map>

using namespace beamr;

namespace {

struct EtsAtoms {
  Term Set, OrderedSet, Bag, DuplicateBag, Public, Protected, Private, NamedTable, Keypos, Heir,
      None, WriteConcurrency, ReadConcurrency, DecentralizedCounters, Compressed, EndOfTable,
      Size, Type, Name, Owner, Protection, Memory, Id, Node, Nonode, Undefined, EtsTransfer,
      True, False, Fixed, SafeFixed, Position, TableType, Badkey;
  static const EtsAtoms &get() {
    static const EtsAtoms A = [] {
      auto At = [](const char *N) { return internAtom(N); };
      return EtsAtoms{At("set"), At("ordered_set"), At("bag"), At("duplicate_bag"), At("public"),
                      At("protected"), At("private"), At("named_table"), At("keypos"),
                      At("heir"), At("none"), At("write_concurrency"), At("read_concurrency"),
                      At("decentralized_counters"), At("compressed"), At("$end_of_table"),
                      At("size"), At("type"), At("name"), At("owner"), At("protection"),
                      At("memory"), At("id"), At("node"), At("nonode@nohost"), At("undefined"),
                      At("ETS-TRANSFER"), At("true"), At("false"), At("fixed"),
                      At("safe_fixed"), At("position"), At("table_type"),
                      At("badkey")};
    }();
    return A;
  }
};

enum class Kind { Set, OrderedSet, Bag, DuplicateBag };

struct Table {
  std::atomic<Term> Name;       ///< Atom; changed by rename under the registry lock.
  RefIds Ref{};                 ///< The reference naming it; fixed once registered.
  bool Named = false;           ///< Fixed at creation, as are Type and KeyPos.
  Kind Type = Kind::Set;
  std::atomic<Term> Protection; ///< public / protected / private (setopts).
  unsigned KeyPos = 1;
  std::atomic<Term> Owner;      ///< Changed by give_away and the owner's exit.
  Term HeirPid;                 ///< Pid or nil; under Lock.
  Message *HeirData = nullptr;  ///< Under Lock.
  /// safe_fixtable: each fixing process with its count, and since when
  /// (erlang:timestamp/0 microseconds); under Lock.
  std::vector<std::pair<Term, unsigned>> Fixers;
  std::uint64_t FixedSinceMicros = 0;
  /// Options erl reports in ets:info/2 (beamr-jit's tables are all alike);
  /// fixed at creation.
  bool Compressed = false, ReadConcurrency = false, DecentralizedCounters = false;
  Term WriteConcurrency; ///< true, false or auto.
  /// Guards Objects, Count, HeirPid, HeirData and the fixation.
  SmallMutex Lock;
  /// Key (inside the first object's copy) to the objects with that key.
  ets::ObjectIndex Objects;
  std::size_t Count = 0;

  /// `Locks`: erl's lock count, which its walks step by (EtsIndex.h).
  Table(bool Ordered, unsigned Locks) : Objects(Ordered, Locks) {}
  ~Table() {
    if (HeirData)
      Message::destroy(HeirData);
  }
  Term keyOf(Term Obj) const { return Obj.tupleElement(KeyPos - 1); }
  bool isBag() const { return Type == Kind::Bag || Type == Kind::DuplicateBag; }
};

using TablePtr = std::shared_ptr<Table>;

/// Every table, by reference and by name; any thread, under Lock.
struct Registry {
  std::shared_mutex Lock;
  std::unordered_map<RefIds, TablePtr, RefIdsHash> ByRef;
  std::unordered_map<Word, TablePtr> ByName;
  /// Bumped (under Lock) whenever a name or reference stops naming a table,
  /// so that `findTable`'s per-thread cache knows its entries still hold.
  std::atomic<std::uint64_t> Version{1};
  static Registry &get() {
    static Registry *R = new Registry;
    return *R;
  }
};

/// What ets:new/2 returned for `T`: its name if named, else its reference.
Term tidOf(TermAllocator &A, const Table &T) {
  return T.Named ? T.Name.load() : makeLocalRef(A, T.Ref);
}

/// The tables this thread looked up last, valid while the registry's
/// version is unchanged: most operations skip the registry's lock, which
/// every scheduler thread would otherwise take for every ETS call. The
/// cache owns its tables, so that a hit costs no atomic operation and the
/// table `findTable` returns stays alive for the calling BIF, even if
/// another thread deletes it meanwhile. A deleted table is emptied at once
/// (`dropTable`), so the cache keeps no objects alive, only the table's
/// empty shell until the version moves on.
///
/// Direct-mapped by `cacheSlot`, so that a scheduler running a few
/// processes with a few tables each keeps them all; a hit reads one word
/// of `Tables` and then the table itself, which the BIF reads anyway (the
/// tables' own fields tell whether the entry names them).
struct TableCache {
  static constexpr unsigned Bits = 4;
  std::uint64_t Version = 0;
  std::array<Table *, 1u << Bits> Tables{};
  std::array<TablePtr, 1u << Bits> Owned; ///< Touched on misses only.
};
thread_local TableCache ThreadTables;

std::size_t cacheSlot(const RefIds &Key) {
  std::uint64_t Mixed = Key[0] ^ (Key[1] << 21) ^ (Key[2] << 42);
  return std::size_t((Mixed * 0x9E3779B97F4A7C15u) >> (64 - TableCache::Bits));
}

/// Whether `T` is the table that `Key` names (an atom in Key[0] if `Named`).
bool names(const Table &T, const RefIds &Key, bool Named) {
  if (Named)
    return T.Named && T.Name.load(std::memory_order_relaxed).raw() == Key[0];
  return T.Ref[0] == Key[0] && T.Ref[1] == Key[1] && T.Ref[2] == Key[2];
}

/// The table `Tab` names, or null. Valid until this thread's next
/// `findTable` (each BIF looks its table up once).
Table *findTable(Term Tab) {
  RefIds Key{};
  bool Named = Tab.isAtom();
  if (Named) {
    Key[0] = Tab.raw();
  } else if (std::optional<RefIds> Ids = refIdsOf(Tab)) {
    Key = *Ids;
  } else {
    return nullptr;
  }
  Registry &R = Registry::get();
  std::uint64_t Version = R.Version.load(std::memory_order_acquire);
  TableCache &C = ThreadTables;
  if (C.Version != Version) {
    C.Tables.fill(nullptr);
    for (TablePtr &T : C.Owned)
      T.reset();
    C.Version = Version;
  }
  std::size_t Slot = cacheSlot(Key);
  if (Table *T = C.Tables[Slot]; T && names(*T, Key, Named))
    return T;
  TablePtr Found;
  {
    std::shared_lock<std::shared_mutex> G(R.Lock);
    if (Named) {
      auto It = R.ByName.find(Key[0]);
      Found = It == R.ByName.end() ? nullptr : It->second;
    } else {
      auto It = R.ByRef.find(Key);
      Found = It == R.ByRef.end() ? nullptr : It->second;
    }
  }
  if (Found) {
    C.Tables[Slot] = Found.get();
    C.Owned[Slot] = Found;
  }
  return Found.get();
}

enum class Access { Read, Write };

/// The table `Tab` if `P` may access it so; null otherwise (badarg).
Table *access(Process &P, Term Tab, Access Mode) {
  Table *T = findTable(Tab);
  if (!T)
    return nullptr;
  const EtsAtoms &A = EtsAtoms::get();
  if (T->Owner.load() != P.Pid) {
    Term Protection = T->Protection.load();
    if (Protection == A.Private || (Mode == Access::Write && Protection == A.Protected))
      return nullptr;
  }
  return T;
}

/// The badarg for a table `access` refused, with erl's `error_info` cause:
/// `id` when there is no such table, `access` when `P` may not use it so.
Term tableError(Process &P, Term Tab) {
  return P.badargCause(internAtom(findTable(Tab) ? "access" : "id"));
}

/// An argument that is one tuple or a proper list of them (insert,
/// update_element, setopts): its elements, or nothing.
std::optional<std::vector<Term>> oneOrList(Term Arg) {
  if (Arg.isTuple())
    return std::vector<Term>{Arg};
  return listElements(Arg);
}

/// The objects of insert/insert_new's argument, all valid for `T`.
std::optional<std::vector<Term>> objectsToInsert(const Table &T, Term Arg);

bool validObject(const Table &T, Term Obj) {
  return Obj.isTuple() && Obj.tupleArity() >= T.KeyPos;
}

std::optional<std::vector<Term>> objectsToInsert(const Table &T, Term Arg) {
  std::optional<std::vector<Term>> Objs = oneOrList(Arg);
  if (!Objs)
    return Objs;
  for (Term O : *Objs)
    if (!validObject(T, O))
      return std::nullopt;
  // erl puts a list's objects into a bag last first (so `lookup` returns
  // them in reverse), but keeps list order in a duplicate_bag.
  if (T.Type == Kind::Bag)
    std::reverse(Objs->begin(), Objs->end());
  return Objs;
}

/// Inserts a copy of `Obj`, which comes `From` a process or the table's
/// own copies; the caller holds the lock.
void insertLocked(Table &T, Term Obj, ets::ObjectIndex::Source From) {
  auto [It, New] = T.Objects.emplaceCopy(T.keyOf(Obj), Obj, T.KeyPos);
  if (!New) {
    ets::Objects &Objs = It->second;
    if (!T.isBag()) {
      T.Objects.replaceCopy(It, Obj, T.KeyPos, From); // In place.
      return;
    }
    if (T.Type == Kind::Bag)
      for (ets::EtsObject *O : Objs)
        if (exactEqualTerms(O->obj(), Obj))
          return;
    Objs.push_back(ets::EtsObject::create(Obj));
  }
  ++T.Count;
  T.Objects.grew(T.Count);
}

/// Removes every object of the entry `It`; the caller holds the lock.
void eraseEntry(Table &T, ets::ObjectIndex::iterator It) {
  T.Count -= It->second.size();
  T.Objects.remove(It);
  T.Objects.shrank(T.Count);
}

/// Removes the objects of the entry `It` that `Drop(O)` picks; how many.
/// When it picks them all, the entry goes as a whole, so that a fixed
/// table's tombstone keeps the objects that hold its key. With `Walking`,
/// `It` moves on to the next entry. The caller holds the lock (and calls
/// `shrank`).
template <typename Fn>
std::size_t dropObjects(Table &T, ets::ObjectIndex::iterator &It, bool Walking, Fn Drop) {
  std::vector<bool> Picked;
  for (ets::EtsObject *O : It->second)
    Picked.push_back(Drop(O));
  std::size_t N = std::size_t(std::count(Picked.begin(), Picked.end(), true));
  if (N == Picked.size() && Walking) {
    It = T.Objects.erase(It);
  } else if (N == Picked.size()) {
    T.Objects.remove(It);
  } else {
    std::size_t I = 0;
    It->second.removeIf([&](ets::EtsObject *) { return Picked[I++]; });
    // The key lived in the first object, which may be gone (a bag's).
    It->first = T.keyOf(It->second.front()->obj());
    if (Walking)
      ++It;
  }
  T.Count -= N;
  return N;
}

/// Deletes `T`: it leaves the registry and its objects are freed. Threads
/// that found it before (a BIF under way, a cache entry) keep an empty
/// table until they let go.
void dropTable(Table &T) {
  TablePtr Keep;
  {
    Registry &R = Registry::get();
    std::unique_lock<std::shared_mutex> G(R.Lock);
    auto It = R.ByRef.find(T.Ref);
    if (It == R.ByRef.end())
      return; // Another thread dropped it first.
    Keep = It->second;
    if (T.Named)
      R.ByName.erase(T.Name.load().raw());
    R.ByRef.erase(It);
    R.Version.fetch_add(1, std::memory_order_release);
  }
  std::lock_guard<SmallMutex> G(T.Lock);
  T.Objects.clear();
  T.Count = 0;
}

/// Calls `Visit(Obj)` for every object in table order (reverse for
/// `Reverse`); the caller holds the lock.
template <typename Fn> void forEachObject(Table &T, bool Reverse, Fn Visit) {
  if (!Reverse) {
    for (auto &[K, Objs] : T.Objects)
      for (ets::EtsObject *O : Objs)
        Visit(O->obj());
  } else {
    for (auto It = T.Objects.rbegin(); It != T.Objects.rend(); ++It)
      for (ets::EtsObject *O : It->second)
        Visit(O->obj());
  }
}

enum class SelectMode { Select, Count, Delete, Reverse };

Term runSelect(Process &P, Term Tab, const MatchSpec &M, SelectMode Mode) {
  Table *T = access(P, Tab, Mode == SelectMode::Delete ? Access::Write : Access::Read);
  if (!T)
    return tableError(P, Tab);
  std::lock_guard<SmallMutex> G(T->Lock);
  TermArena Ar;
  std::vector<Term> Results;
  std::size_t N = 0;
  if (Mode == SelectMode::Delete) {
    for (auto It = T->Objects.begin(); It != T->Objects.end();)
      N += dropObjects(*T, It, true, [&](ets::EtsObject *O) {
        return runSpec(Ar, M, O->obj()) == EtsAtoms::get().True;
      });
    T->Objects.shrank(T->Count);
    return makeInteger(P, SWord(N));
  }
  // erl builds a hashed table's results by consing as it walks, so they
  // come last key first (and so does select_reverse there).
  bool Reverse = T->Type == Kind::OrderedSet ? Mode == SelectMode::Reverse : true;
  forEachObject(*T, Reverse, [&](Term Obj) {
    Term R = runSpec(Ar, M, Obj);
    if (R == NoValue)
      return;
    if (Mode == SelectMode::Count) {
      N += R == EtsAtoms::get().True;
      return;
    }
    Results.push_back(R);
  });
  if (Mode == SelectMode::Count)
    return makeInteger(P, SWord(N));
  Term L = Term::nil();
  for (std::size_t I = Results.size(); I-- > 0;)
    L = makeCons(P, copyTerm(Results[I], P), L);
  return L;
}

/// Copies of a key's objects on `P`'s heap, as a list in table order.
Term copiesOf(Process &P, const ets::Objects &Objs) {
  ets::EtsObject *First = Objs.front();
  if (!First->Next)
    return makeCons(P, First->copyTo(P), Term::nil());
  std::vector<Term> Copies;
  for (ets::EtsObject *O : Objs)
    Copies.push_back(O->copyTo(P));
  return makeList(P, Copies);
}

/// One `update_counter` operation: add `Incr` to the element at `Index`
/// (0-based); past `Threshold` (when set), the element becomes `SetValue`.
struct CounterOp {
  std::size_t Index = 0;
  Term Incr, Threshold = NoValue, SetValue = NoValue;
};

/// Reads `Op` (`Incr`, `{Pos, Incr}` or `{Pos, Incr, Threshold, SetValue}`)
/// for an object of `Arity` elements; nothing when it is bad, with `Cause`
/// set to erl's `error_info` cause when it has one.
std::optional<CounterOp> readCounterOp(Term Op, unsigned KeyPos, Word Arity, Term &Cause) {
  CounterOp C;
  Term PosT = Term::small(SWord(KeyPos) + 1);
  C.Incr = Op;
  if (Op.isTuple()) {
    Word N = Op.tupleArity();
    if (N != 2 && N != 4)
      return std::nullopt;
    PosT = Op.tupleElement(0);
    C.Incr = Op.tupleElement(1);
    if (N == 4) {
      C.Threshold = Op.tupleElement(2);
      C.SetValue = Op.tupleElement(3);
      if (!C.Threshold.isInteger() || !C.SetValue.isInteger())
        return std::nullopt;
    }
  }
  if (!PosT.isSmall() || PosT.smallValue() < 1 || !C.Incr.isInteger())
    return std::nullopt;
  if (unsigned(PosT.smallValue()) == KeyPos) {
    Cause = EtsAtoms::get().Keypos;
    return std::nullopt;
  }
  if (Word(PosT.smallValue()) > Arity) {
    Cause = EtsAtoms::get().Position;
    return std::nullopt;
  }
  C.Index = std::size_t(PosT.smallValue() - 1);
  return C;
}

/// The element's value after `C`, built on `P`'s heap; NoValue if the
/// element is not an integer.
Term applyCounterOp(Process &P, const CounterOp &C, Term Value) {
  if (!Value.isInteger())
    return NoValue;
  Term R = arithAdd(P, Value, C.Incr);
  if (R == NoValue || C.Threshold == NoValue)
    return R;
  bool Up = compareTerms(C.Incr, Term::small(0)) >= 0;
  int Cmp = compareTerms(R, C.Threshold);
  return (Up && Cmp > 0) || (!Up && Cmp < 0) ? C.SetValue : R;
}

/// ets:update_counter/3,4. Every operation is checked before the object
/// changes. When every new value is an immediate (the common case: small
/// counters), the stored copy's words are overwritten where they are, as
/// erl does; otherwise the object is stored again.
Term updateCounter(Process &P, const Term *Args, bool HasDefault) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  const EtsAtoms &A = EtsAtoms::get();
  if (T->isBag())
    return P.badargCause(A.TableType);
  Term Ops = Args[2];
  bool Many = Ops.isList();
  std::optional<std::vector<Term>> OpList;
  if (Many && !(OpList = listElements(Ops)))
    return P.badarg();
  std::span<const Term> OpTerms = Many ? std::span<const Term>(*OpList) : std::span(&Args[2], 1);
  std::lock_guard<SmallMutex> G(T->Lock);
  auto It = T->Objects.find(Args[1]);
  bool Exists = It != T->Objects.end();
  Term Obj;
  if (Exists) {
    Obj = It->second.front()->obj();
  } else {
    if (!HasDefault)
      return P.badargCause(A.Badkey);
    if (!validObject(*T, Args[3]))
      return P.badarg();
    Obj = Args[3];
  }
  // (Index, new value) per operation, in order; a later operation on the
  // same element sees the earlier one's value. A few fit on the stack.
  // Left uninitialised (a raw word, not a Term): clearing it on every call
  // cost more than the update itself.
  struct Update {
    std::size_t Index;
    Word Value;
  };
  Update Few[8];
  std::vector<Update> More(OpTerms.size() > std::size(Few) ? OpTerms.size() : 0);
  std::span<Update> Room = More.empty() ? std::span<Update>(Few) : std::span<Update>(More);
  std::size_t Done = 0;
  auto Updates = [&] { return Room.first(Done); };
  bool Immediate = true;
  for (Term Op : OpTerms) {
    Term Cause = NoValue;
    std::optional<CounterOp> C = readCounterOp(Op, T->KeyPos, Obj.tupleArity(), Cause);
    if (!C)
      return Cause == NoValue ? P.badarg() : P.badargCause(Cause);
    Term Value = Obj.tupleElement(C->Index);
    for (auto &[I, V] : Updates())
      if (I == C->Index)
        Value = Term::fromRaw(V);
    Term R = applyCounterOp(P, *C, Value);
    if (R == NoValue)
      return P.badarg();
    Immediate &= R.primary() == PrimaryTag::Immediate;
    Room[Done++] = {C->Index, R.raw()};
  }
  if (Exists && Immediate) {
    Word *Elems = Obj.boxedObject() + 1;
    for (auto &[I, V] : Updates())
      Elems[I] = V;
  } else {
    // A default object gets the key asked for.
    std::vector<Term> Elems;
    for (Word I = 0; I < Obj.tupleArity(); ++I)
      Elems.push_back(I + 1 == T->KeyPos ? Args[1] : Obj.tupleElement(I));
    for (auto &[I, V] : Updates())
      Elems[I] = Term::fromRaw(V);
    TermArena Ar;
    insertLocked(*T, makeTuple(Ar, Elems), ets::ObjectIndex::Source::Stored);
  }
  // The results live on P's heap (or are immediates, or in P's arguments).
  if (!Many)
    return Term::fromRaw(Room[0].Value);
  Term L = Term::nil();
  for (std::size_t I = Done; I-- > 0;)
    L = makeCons(P, Term::fromRaw(Room[I].Value), L);
  return L;
}

Term infoItem(Process &P, Table &T, Term Item) {
  const EtsAtoms &A = EtsAtoms::get();
  static const Term TypeNames[] = {A.Set, A.OrderedSet, A.Bag, A.DuplicateBag};
  if (Item == A.Size)
    return makeInteger(P, SWord(T.Count));
  if (Item == A.Type)
    return TypeNames[int(T.Type)];
  if (Item == A.Name)
    return T.Name.load();
  if (Item == A.NamedTable)
    return boolTerm(T.Named);
  if (Item == A.Keypos)
    return Term::small(T.KeyPos);
  if (Item == A.Owner)
    return T.Owner.load();
  if (Item == A.Protection)
    return T.Protection.load();
  if (Item == A.Heir)
    return T.HeirPid.isNil() ? A.None : T.HeirPid;
  if (Item == A.Id)
    return makeLocalRef(P, T.Ref);
  if (Item == A.Node)
    return A.Nonode;
  if (Item == A.Compressed)
    return boolTerm(T.Compressed);
  if (Item == A.ReadConcurrency)
    return boolTerm(T.ReadConcurrency);
  if (Item == A.WriteConcurrency)
    return T.WriteConcurrency;
  if (Item == A.DecentralizedCounters)
    return boolTerm(T.DecentralizedCounters);
  if (Item == A.Fixed)
    return boolTerm(!T.Fixers.empty());
  if (Item == A.SafeFixed) {
    if (T.Fixers.empty())
      return A.False;
    std::vector<Term> Pids;
    for (auto [Pid, N] : T.Fixers)
      Pids.push_back(makeTuple2(P, Pid, Term::small(N)));
    std::uint64_t Us = T.FixedSinceMicros;
    Term Stamp[] = {makeUnsigned(P, Us / 1000000000000), makeUnsigned(P, Us / 1000000 % 1000000),
                    makeUnsigned(P, Us % 1000000)};
    return makeTuple2(P, makeTuple(P, Stamp), makeList(P, Pids));
  }
  if (Item == A.Memory) {
    std::size_t Words = 0;
    for (auto &[K, Objs] : T.Objects)
      for (ets::EtsObject *O : Objs)
        Words += termSize(O->obj());
    return makeInteger(P, SWord(Words + 150));
  }
  return NoValue;
}

} // namespace

/// Changes `Pid`'s fixation count of `T` by one; the caller holds T's lock.
static void fixTable(Table &T, Term Pid, bool On) {
  auto It = std::find_if(T.Fixers.begin(), T.Fixers.end(),
                         [Pid](const std::pair<Term, unsigned> &F) { return F.first == Pid; });
  if (On) {
    if (T.Fixers.empty())
      T.FixedSinceMicros = std::uint64_t(std::chrono::duration_cast<std::chrono::microseconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count());
    if (It == T.Fixers.end())
      T.Fixers.push_back({Pid, 1});
    else
      ++It->second;
  } else if (It != T.Fixers.end() && --It->second == 0) {
    T.Fixers.erase(It);
  }
  T.Objects.setFixed(!T.Fixers.empty());
}

std::size_t beamr::etsTableCount() {
  Registry &R = Registry::get();
  std::shared_lock<std::shared_mutex> G(R.Lock);
  return R.ByRef.size();
}

/// Deletes the tables a process owned, or gives them to their heir, and
/// drops its fixations. Runs on the thread where `Pid` exited, while other
/// threads may use its tables.
void beamr::etsProcessExited(Term Pid) {
  std::vector<TablePtr> Owned, All;
  {
    Registry &R = Registry::get();
    std::shared_lock<std::shared_mutex> G(R.Lock);
    if (R.ByRef.empty())
      return; // No tables at all: the common case of a short-lived process.
    All.reserve(R.ByRef.size());
    for (auto &[K, T] : R.ByRef) {
      All.push_back(T);
      if (T->Owner.load() == Pid)
        Owned.push_back(T);
    }
  }
  for (const TablePtr &T : All) {
    std::lock_guard<SmallMutex> G(T->Lock);
    std::erase_if(T->Fixers, [Pid](const std::pair<Term, unsigned> &F) { return F.first == Pid; });
    T->Objects.setFixed(!T->Fixers.empty());
  }
  const EtsAtoms &A = EtsAtoms::get();
  // Tables without a live heir go first, so that an heir that gets its
  // 'ETS-TRANSFER' finds the others already deleted.
  std::vector<TablePtr> Transfers;
  for (const TablePtr &T : Owned) {
    bool HasHeir;
    {
      std::lock_guard<SmallMutex> G(T->Lock);
      HasHeir = !T->HeirPid.isNil() && T->HeirPid != Pid && ProcessTable::get().lookup(T->HeirPid);
    }
    if (HasHeir)
      Transfers.push_back(T);
    else
      dropTable(*T);
  }
  for (const TablePtr &T : Transfers) {
    TermArena Ar;
    Process *Heir = nullptr;
    Term Transfer;
    {
      std::lock_guard<SmallMutex> G(T->Lock);
      Term HeirPid = T->HeirPid;
      Heir = HeirPid.isNil() || HeirPid == Pid ? nullptr : ProcessTable::get().lookup(HeirPid);
      if (Heir) {
        T->HeirPid = Term::nil();
        Heir->UsedEts.store(true);
        Term Elems[] = {A.EtsTransfer, tidOf(Ar, *T), Pid,
                        T->HeirData ? T->HeirData->Payload : Term::nil()};
        Transfer = makeTuple(Ar, Elems); // Copied out of HeirData under the lock.
        T->Owner.store(HeirPid);
      }
    }
    if (Heir)
      sendMessage(*Heir, Transfer);
    else
      dropTable(*T);
  }
}

namespace {

/// ets:new/2's options, read as erl reads them: in order, later ones
/// overriding earlier ones.
struct TableOptions {
  const EtsAtoms &A = EtsAtoms::get();
  Kind Type = Kind::Set;
  Term Protection = A.Protected, HeirPid = Term::nil(), HeirData = NoValue;
  bool Named = false, Compressed = false, ReadConcurrency = false;
  unsigned KeyPos = 1;
  Term WriteConcurrency = A.False; ///< true, false or auto.
  /// erl's default depends on the options before: ordered_set and
  /// `{write_concurrency, auto}` turn it on, `{write_concurrency, true}` on a
  /// hash table off; an explicit option wins.
  bool DecentralizedCounters = false;
  std::optional<bool> DecentralizedOption;
};

std::optional<bool> booleanOf(Term T) {
  if (T == atomTerm(atoms::True) || T == atomTerm(atoms::False))
    return T == atomTerm(atoms::True);
  return std::nullopt;
}

/// Reads a `{Name, Value}` option of ets:new/2; false if it is not one.
bool readTablePair(Term Name, Term Value, TableOptions &O) {
  const EtsAtoms &A = O.A;
  if (Name == A.Keypos && Value.isSmall() && Value.smallValue() >= 1) {
    O.KeyPos = unsigned(Value.smallValue());
    return true;
  }
  if (Name == A.WriteConcurrency) {
    if (Value != A.True && Value != A.False && Value != internAtom("auto"))
      return false;
    if (Value == internAtom("auto"))
      O.DecentralizedCounters = true;
    else if (Value == A.True && O.Type != Kind::OrderedSet)
      O.DecentralizedCounters = false;
    O.WriteConcurrency = Value;
    return true;
  }
  if (Name == A.ReadConcurrency || Name == A.DecentralizedCounters) {
    std::optional<bool> B = booleanOf(Value);
    if (B && Name == A.ReadConcurrency)
      O.ReadConcurrency = *B;
    else if (B)
      O.DecentralizedOption = B;
    return B.has_value();
  }
  if (Name == A.Heir && Value == A.None) {
    O.HeirPid = Term::nil();
    O.HeirData = NoValue;
    return true;
  }
  return false;
}

/// Reads one option of ets:new/2 into `O`; false if it is not one.
bool readTableOption(Term Opt, TableOptions &O) {
  const EtsAtoms &A = O.A;
  static const std::pair<Term, Kind> Types[] = {{A.Set, Kind::Set},
                                                {A.OrderedSet, Kind::OrderedSet},
                                                {A.Bag, Kind::Bag},
                                                {A.DuplicateBag, Kind::DuplicateBag}};
  for (auto [Atom, K] : Types)
    if (Opt == Atom) {
      O.Type = K;
      O.DecentralizedCounters |= K == Kind::OrderedSet;
      return true;
    }
  if (Opt == A.Public || Opt == A.Protected || Opt == A.Private)
    O.Protection = Opt;
  else if (Opt == A.NamedTable)
    O.Named = true;
  else if (Opt == A.Compressed)
    O.Compressed = true;
  else if (Opt.isTuple() && Opt.tupleArity() == 2)
    return readTablePair(Opt.tupleElement(0), Opt.tupleElement(1), O);
  else if (Opt.isTuple() && Opt.tupleArity() == 3 && Opt.tupleElement(0) == A.Heir &&
           Opt.tupleElement(1).isLocalPid()) {
    O.HeirPid = Opt.tupleElement(1);
    O.HeirData = Opt.tupleElement(2);
  } else
    return false;
  return true;
}

} // namespace

namespace beamr::bifs {

Term ets_new_2(Process &P, const Term *Args) {
  Term Name = Args[0];
  std::optional<std::vector<Term>> Opts = listElements(Args[1]);
  if (!Name.isAtom() || !Opts)
    return P.badarg();
  TableOptions O;
  for (Term Opt : *Opts)
    if (!readTableOption(Opt, O))
      return P.badarg();
  // As erl: only tables other processes may write are fine-locked.
  bool FineLocked = O.WriteConcurrency != O.A.False && O.Protection != O.A.Private;
  // erl gives a fine-locked hash table 64 locks, others one.
  auto T = std::make_shared<Table>(O.Type == Kind::OrderedSet, FineLocked ? 64 : 1);
  T->Name.store(Name);
  T->Named = O.Named;
  T->Type = O.Type;
  T->Protection.store(O.Protection);
  T->KeyPos = O.KeyPos;
  P.UsedEts.store(true, std::memory_order_relaxed);
  T->Owner.store(P.Pid);
  T->HeirPid = O.HeirPid;
  T->Compressed = O.Compressed;
  T->ReadConcurrency = O.ReadConcurrency;
  T->WriteConcurrency = FineLocked ? O.WriteConcurrency : O.A.False;
  T->DecentralizedCounters = FineLocked && O.DecentralizedOption.value_or(O.DecentralizedCounters);
  if (O.HeirData != NoValue)
    T->HeirData = Message::create(O.HeirData);
  Registry &R = Registry::get();
  std::unique_lock<std::shared_mutex> G(R.Lock);
  if (O.Named && R.ByName.count(Name.raw()))
    return P.badargCause(internAtom("already_exists"));
  // Every table has a reference (ets:whereis/1, info(T, id)); a named one
  // is also found by its name.
  T->Ref = nextRefIds();
  R.ByRef[T->Ref] = T;
  if (O.Named) {
    R.ByName[Name.raw()] = T;
    return Name;
  }
  return makeLocalRef(P, T->Ref);
}

Term ets_insert_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  if (Args[1].isTuple()) { // One object: no list to read.
    if (!validObject(*T, Args[1]))
      return P.badarg();
    std::lock_guard<SmallMutex> G(T->Lock);
    insertLocked(*T, Args[1], ets::ObjectIndex::Source::Outside);
    return atomTerm(atoms::True);
  }
  std::optional<std::vector<Term>> Objs = objectsToInsert(*T, Args[1]);
  if (!Objs)
    return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  for (Term O : *Objs)
    insertLocked(*T, O, ets::ObjectIndex::Source::Outside);
  return atomTerm(atoms::True);
}

Term ets_insert_new_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  std::optional<std::vector<Term>> Objs = objectsToInsert(*T, Args[1]);
  if (!Objs)
    return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  for (Term O : *Objs)
    if (T->Objects.count(T->keyOf(O)))
      return atomTerm(atoms::False);
  for (Term O : *Objs)
    insertLocked(*T, O, ets::ObjectIndex::Source::Outside);
  return atomTerm(atoms::True);
}

Term ets_lookup_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Read);
  if (!T)
    return tableError(P, Args[0]);
  std::lock_guard<SmallMutex> G(T->Lock);
  auto It = T->Objects.find(Args[1]);
  return It == T->Objects.end() ? Term::nil() : copiesOf(P, It->second);
}

Term ets_lookup_element_3(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Read);
  if (!T)
    return tableError(P, Args[0]);
  if (!Args[2].isSmall() || Args[2].smallValue() < 1)
    return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  auto It = T->Objects.find(Args[1]);
  if (It == T->Objects.end())
    return P.badargCause(EtsAtoms::get().Badkey);
  Word Pos = Word(Args[2].smallValue());
  if (!T->isBag()) {
    Term Obj = It->second.front()->obj();
    if (Pos > Obj.tupleArity())
      return P.badarg();
    return copyTerm(Obj.tupleElement(Pos - 1), P);
  }
  std::vector<Term> Elems;
  for (ets::EtsObject *O : It->second) {
    if (Pos > O->obj().tupleArity())
      return P.badarg();
    Elems.push_back(O->obj().tupleElement(Pos - 1));
  }
  Term L = Term::nil();
  for (std::size_t I = Elems.size(); I-- > 0;)
    L = makeCons(P, copyTerm(Elems[I], P), L);
  return L;
}

Term ets_member_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Read);
  if (!T)
    return tableError(P, Args[0]);
  std::lock_guard<SmallMutex> G(T->Lock);
  return boolTerm(T->Objects.count(Args[1]) != 0);
}

Term ets_delete_1(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  dropTable(*T);
  return atomTerm(atoms::True);
}

Term ets_delete_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  std::lock_guard<SmallMutex> G(T->Lock);
  auto It = T->Objects.find(Args[1]);
  if (It != T->Objects.end())
    eraseEntry(*T, It);
  return atomTerm(atoms::True);
}

Term ets_delete_object_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  if (!validObject(*T, Args[1]))
    return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  auto It = T->Objects.find(T->keyOf(Args[1]));
  if (It == T->Objects.end())
    return atomTerm(atoms::True);
  dropObjects(*T, It, false,
              [&](ets::EtsObject *O) { return exactEqualTerms(O->obj(), Args[1]); });
  T->Objects.shrank(T->Count);
  return atomTerm(atoms::True);
}

Term ets_internal_delete_all_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  std::lock_guard<SmallMutex> G(T->Lock);
  std::size_t N = T->Count;
  T->Objects.clear();
  T->Count = 0;
  return makeInteger(P, SWord(N));
}

static Term stepKey(Process &P, const Term *Args, bool First, bool Forward) {
  Table *T = access(P, Args[0], Access::Read);
  if (!T)
    return tableError(P, Args[0]);
  std::lock_guard<SmallMutex> G(T->Lock);
  const EtsAtoms &A = EtsAtoms::get();
  auto &Objs = T->Objects;
  if (T->Type != Kind::OrderedSet) {
    // As erl: a hash table's last/prev are its first/next; from a key that
    // is gone (unless a fixed table keeps its tombstone), badarg.
    if (First)
      return Objs.empty() ? A.EndOfTable : copyTerm(Objs.begin()->first, P);
    auto It = Objs.locate(Args[1]);
    if (It == Objs.end())
      return P.badarg();
    ++It;
    return It == Objs.end() ? A.EndOfTable : copyTerm(It->first, P);
  }
  if (First) {
    if (Objs.empty())
      return A.EndOfTable;
    return copyTerm(Forward ? Objs.begin()->first : Objs.rbegin()->first, P);
  }
  Term Key = Args[1];
  if (Forward) {
    auto It = Objs.upper_bound(Key);
    return It == Objs.end() ? A.EndOfTable : copyTerm(It->first, P);
  }
  auto It = Objs.lower_bound(Key);
  if (It == Objs.begin())
    return A.EndOfTable;
  return copyTerm(std::prev(It)->first, P);
}

Term ets_first_1(Process &P, const Term *Args) { return stepKey(P, Args, true, true); }
Term ets_last_1(Process &P, const Term *Args) { return stepKey(P, Args, true, false); }
Term ets_next_2(Process &P, const Term *Args) { return stepKey(P, Args, false, true); }
Term ets_prev_2(Process &P, const Term *Args) { return stepKey(P, Args, false, false); }

Term ets_info_1(Process &P, const Term *Args) {
  Table *T = findTable(Args[0]);
  if (!T)
    return Args[0].isAtom() || Args[0].isBoxedKind(HeaderKind::Ref) ? EtsAtoms::get().Undefined
                                                                  : P.badarg();
  const EtsAtoms &A = EtsAtoms::get();
  std::lock_guard<SmallMutex> G(T->Lock);
  // erl's order.
  Term Items[] = {A.Id,
                  A.DecentralizedCounters,
                  A.ReadConcurrency,
                  A.WriteConcurrency,
                  A.Compressed,
                  A.Memory,
                  A.Owner,
                  A.Heir,
                  A.Name,
                  A.Size,
                  A.Node,
                  A.NamedTable,
                  A.Type,
                  A.Keypos,
                  A.Protection};
  std::vector<Term> Out;
  for (Term I : Items)
    Out.push_back(makeTuple2(P, I, infoItem(P, *T, I)));
  return makeList(P, Out);
}

Term ets_info_2(Process &P, const Term *Args) {
  Table *T = findTable(Args[0]);
  if (!T)
    return Args[0].isAtom() || Args[0].isBoxedKind(HeaderKind::Ref) ? EtsAtoms::get().Undefined
                                                                  : P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  Term R = infoItem(P, *T, Args[1]);
  return R == NoValue ? P.badarg() : R;
}

Term ets_update_counter_3(Process &P, const Term *Args) { return updateCounter(P, Args, false); }
Term ets_update_counter_4(Process &P, const Term *Args) { return updateCounter(P, Args, true); }

Term ets_update_element_3(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  if (T->isBag())
    return P.badarg();
  std::optional<std::vector<Term>> OpList = oneOrList(Args[2]);
  if (!OpList)
    return P.badarg();
  std::vector<Term> &Ops = *OpList;
  std::lock_guard<SmallMutex> G(T->Lock);
  auto It = T->Objects.find(Args[1]);
  if (It == T->Objects.end())
    return atomTerm(atoms::False);
  Term Obj = It->second.front()->obj();
  std::vector<Term> Elems;
  for (Word I = 0; I < Obj.tupleArity(); ++I)
    Elems.push_back(Obj.tupleElement(I));
  for (Term Op : Ops) {
    if (!Op.isTuple() || Op.tupleArity() != 2 || !Op.tupleElement(0).isSmall())
      return P.badarg();
    SWord Pos = Op.tupleElement(0).smallValue();
    if (unsigned(Pos) == T->KeyPos)
      return P.badargCause(internAtom("keypos"));
    if (Pos < 1 || std::size_t(Pos) > Elems.size())
      return P.badarg();
    Elems[std::size_t(Pos - 1)] = Op.tupleElement(1);
  }
  TermArena Ar;
  insertLocked(*T, makeTuple(Ar, Elems), ets::ObjectIndex::Source::Stored);
  return atomTerm(atoms::True);
}

Term ets_take_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  std::lock_guard<SmallMutex> G(T->Lock);
  auto It = T->Objects.find(Args[1]);
  if (It == T->Objects.end())
    return Term::nil();
  Term L = copiesOf(P, It->second);
  eraseEntry(*T, It);
  return L;
}

Term ets_match_2(Process &P, const Term *Args) {
  return runSelect(P, Args[0], patternSpec(Args[1], false), SelectMode::Select);
}
Term ets_match_object_2(Process &P, const Term *Args) {
  return runSelect(P, Args[0], patternSpec(Args[1], true), SelectMode::Select);
}
static Term selectWith(Process &P, const Term *Args, SelectMode Mode) {
  std::optional<MatchSpec> M = parseSpec(Args[1], P.Pid);
  if (!M)
    return P.badarg();
  return runSelect(P, Args[0], *M, Mode);
}
Term ets_select_2(Process &P, const Term *Args) { return selectWith(P, Args, SelectMode::Select); }
Term ets_select_reverse_2(Process &P, const Term *Args) {
  return selectWith(P, Args, SelectMode::Reverse);
}
Term ets_select_count_2(Process &P, const Term *Args) {
  return selectWith(P, Args, SelectMode::Count);
}
Term ets_internal_select_delete_2(Process &P, const Term *Args) {
  return selectWith(P, Args, SelectMode::Delete);
}

/// The element at 1-based `Pos` of tuple `T`, or NoValue.
static Term elementAt(Term T, unsigned Pos) {
  return T.isTuple() && T.tupleArity() >= Pos ? T.tupleElement(Pos - 1) : NoValue;
}

/// erl's check that a select_replace clause keeps the key: its body is
/// `'$_'`, or one tuple construction (`{{...}}` or `{const, {...}}`) whose
/// key is the head's key or `{element, KeyPos, '$_'}`.
static bool clauseKeepsKey(const MatchSpec::Clause &C, unsigned KeyPos) {
  if (C.Body.size() != 1)
    return false;
  Term B = C.Body[0];
  if (B == internAtom("$_"))
    return true;
  bool Const = B.isTuple() && B.tupleArity() == 2 && B.tupleElement(0) == internAtom("const");
  if (!Const && !(B.isTuple() && B.tupleArity() == 1))
    return false;
  Term HeadKey = elementAt(C.Head, KeyPos);
  Term BodyKey = elementAt(B.tupleElement(Const ? 1 : 0), KeyPos);
  if (HeadKey == NoValue || BodyKey == NoValue)
    return false;
  if (exactEqualTerms(HeadKey, BodyKey))
    return true;
  return !Const && BodyKey.isTuple() && BodyKey.tupleArity() == 3 &&
         BodyKey.tupleElement(0) == internAtom("element") &&
         BodyKey.tupleElement(1) == Term::small(SWord(KeyPos)) &&
         BodyKey.tupleElement(2) == internAtom("$_");
}

/// ets:select_replace/2 on a set or ordered_set: every object the spec
/// matches is replaced by its result. As erl, a spec whose clauses may
/// change the key is badarg, and so (changing nothing) is a result that
/// is not a tuple with the object's key.
Term ets_select_replace_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  std::optional<MatchSpec> M = parseSpec(Args[1], P.Pid);
  if (!M || T->isBag())
    return P.badarg();
  for (const MatchSpec::Clause &C : M->Clauses)
    if (!clauseKeepsKey(C, T->KeyPos))
      return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  TermArena Ar;
  std::vector<Term> Replacements;
  for (auto &[Key, Objs] : T->Objects) {
    Term R = runSpec(Ar, *M, Objs.front()->obj());
    if (R == NoValue)
      continue;
    if (!R.isTuple() || R.tupleArity() < T->KeyPos || !exactEqualTerms(T->keyOf(R), Key))
      return P.badarg();
    Replacements.push_back(R);
  }
  for (Term R : Replacements)
    insertLocked(*T, R, ets::ObjectIndex::Source::Stored);
  return makeInteger(P, SWord(Replacements.size()));
}

/// Specs compiled by ets:match_spec_compile/1, by the ids of the reference
/// that names them; like atomics arrays they live until the VM exits.
struct CompiledSpecs {
  std::mutex Lock;
  std::unordered_map<RefIds, Message *, RefIdsHash> Specs;
  static CompiledSpecs &get() {
    static CompiledSpecs *C = new CompiledSpecs;
    return *C;
  }
};

/// The spec compiled under `Ref`, or null.
static Message *compiledSpec(Term Ref) {
  std::optional<RefIds> Ids = refIdsOf(Ref);
  if (!Ids)
    return nullptr;
  CompiledSpecs &C = CompiledSpecs::get();
  std::lock_guard<std::mutex> G(C.Lock);
  auto It = C.Specs.find(*Ids);
  return It == C.Specs.end() ? nullptr : It->second;
}

Term ets_match_spec_compile_1(Process &P, const Term *Args) {
  if (!parseSpec(Args[0], P.Pid))
    return P.badarg();
  RefIds Ids = nextRefIds();
  CompiledSpecs &C = CompiledSpecs::get();
  std::lock_guard<std::mutex> G(C.Lock);
  C.Specs[Ids] = Message::create(Args[0]);
  return makeLocalRef(P, Ids);
}

Term ets_is_compiled_ms_1(Process &, const Term *Args) {
  return boolTerm(compiledSpec(Args[0]) != nullptr);
}

/// ets:match_spec_run_r(List, Compiled, Acc): the results for the elements
/// of `List` that match, last first, in front of `Acc`.
Term ets_match_spec_run_r_3(Process &P, const Term *Args) {
  Message *Spec = compiledSpec(Args[1]);
  std::optional<std::vector<Term>> Elems = listElements(Args[0]);
  if (!Spec || !Elems)
    return P.badarg();
  std::optional<MatchSpec> M = parseSpec(Spec->Payload, P.Pid);
  TermArena Ar;
  Term Acc = Args[2];
  for (Term E : *Elems)
    if (Term R = runSpec(Ar, *M, E); R != NoValue)
      Acc = makeCons(P, copyTerm(R, P), Acc);
  return Acc;
}

/// Where a chunked select starts: after the first `Done` objects of `Key`,
/// or at the table's start (end, for `Reverse`) when `Key` is NoValue.
struct ChunkStart {
  Term Key = NoValue;
  std::size_t Done = 0;
};

/// One chunk of at most `Limit` results of spec `MsTerm` on `Tab`: `{Results,
/// Continuation}`, `{Results, '$end_of_table'}` at the table's end, or
/// `'$end_of_table'` when nothing is left.
static Term selectHashedChunk(Process &P, Table &T, Term Tab, Term MsTerm, const MatchSpec &M,
                              Word Limit, std::size_t Slot, Term Rest, Word RestSize,
                              bool Resumed);

static Term selectChunk(Process &P, Term Tab, Term MsTerm, Word Limit, bool Reverse,
                        ChunkStart From) {
  std::optional<MatchSpec> M = parseSpec(MsTerm, P.Pid);
  Table *T = access(P, Tab, Access::Read);
  if (!T)
    return tableError(P, Tab);
  if (!M || Limit == 0)
    return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  if (T->Type != Kind::OrderedSet) {
    if (From.Key != NoValue)
      return P.badarg(); // An ordered_set's continuation.
    return selectHashedChunk(P, *T, Tab, MsTerm, *M, Limit, 0, Term::nil(), 0, false);
  }
  TermArena Ar;
  std::vector<Term> Results;
  Term LastKey = NoValue;
  std::size_t LastDone = 0;
  auto VisitKey = [&](Term Key, const ets::Objects &Objs, std::size_t Skip) {
    std::size_t I = 0;
    for (auto O = Objs.begin(); O != Objs.end() && Results.size() < Limit; ++O, ++I) {
      if (I < Skip)
        continue;
      Term R = runSpec(Ar, *M, (*O)->obj());
      if (R != NoValue)
        Results.push_back(R);
      LastKey = Key;
      LastDone = I + 1;
    }
  };
  // The resumed key's objects already done (keys are `==` here).
  auto SkipOf = [&](Term Key) {
    return From.Key != NoValue && compareTerms(Key, From.Key) == 0 ? From.Done : 0;
  };
  if (!Reverse) {
    auto It = From.Key == NoValue ? T->Objects.begin() : T->Objects.lower_bound(From.Key);
    for (; It != T->Objects.end() && Results.size() < Limit; ++It)
      VisitKey(It->first, It->second, SkipOf(It->first));
  } else {
    auto It = From.Key == NoValue ? T->Objects.rbegin()
                                  : std::make_reverse_iterator(T->Objects.upper_bound(From.Key));
    for (; It != T->Objects.rend() && Results.size() < Limit; ++It)
      VisitKey(It->first, It->second, SkipOf(It->first));
  }
  Term EndOfTable = EtsAtoms::get().EndOfTable;
  bool Full = Results.size() == Limit;
  if (Results.empty() && !Full)
    return EndOfTable;
  Term L = Term::nil();
  for (std::size_t I = Results.size(); I-- > 0;)
    L = makeCons(P, copyTerm(Results[I], P), L);
  if (!Full)
    return makeTuple2(P, L, EndOfTable);
  Term Cont[] = {Tab, copyTerm(LastKey, P), makeUnsigned(P, LastDone), makeUnsigned(P, Limit),
                 MsTerm, boolTerm(Reverse)};
  return makeTuple2(P, L, makeTuple(P, Cont));
}

/// A chunk of a hashed table's select, as erl_db_hash.c makes it: from
/// `Slot` on, each slot's matches are consed in front of `Rest` (the
/// matches a previous chunk found beyond its Limit, `RestSize` of them),
/// whole slots at a time, until Limit are found; the Limit found first are
/// the chunk, and the others go into the continuation `{Tab, NextSlot,
/// Limit, MatchSpec, Rest, RestSize}` (NextSlot -1 at the table's end). The
/// first call of a select keeps the extra matches in their order, a
/// resumed one (or one that went on after 1000 objects, where erl traps
/// and resumes) reverses them, as erl does. The caller holds the lock.
static Term selectHashedChunk(Process &P, Table &T, Term Tab, Term MsTerm, const MatchSpec &M,
                              Word Limit, std::size_t Slot, Term Rest, Word RestSize,
                              bool Resumed) {
  constexpr long TrapAfter = 1000; // erl's MAX_SELECT_CHUNK_ITERATIONS.
  const ets::ObjectIndex &Index = T.Objects;
  std::vector<Term> Found; // Matches in the order found.
  std::optional<std::vector<Term>> Prior = listElements(Rest);
  if (!Prior)
    return P.badarg();
  Word Got = RestSize;
  long Left = TrapAfter;
  bool Visited = false;
  TermArena Ar;
  if (Slot != ets::ObjectIndex::NoSlot && Got < Limit) {
    if (Slot >= Index.activeSlots())
      return P.badarg();
    for (;;) {
      Index.forEachInSlot(Slot, [&](Term, const ets::Objects &Objs) {
        // A bag's chain holds a key's newest object first.
        std::vector<ets::EtsObject *> Chain(Objs.begin(), Objs.end());
        for (std::size_t I = Chain.size(); I-- > 0;) {
          Visited = true;
          --Left;
          Term R = runSpec(Ar, M, Chain[I]->obj());
          if (R != NoValue) {
            Found.push_back(copyTerm(R, P));
            ++Got;
          }
        }
      });
      Slot = Index.nextSlot(Slot);
      if (Slot == ets::ObjectIndex::NoSlot || Got >= Limit)
        break;
      if (Left <= 0) {
        Resumed = true; // erl traps here and resumes.
        Left = TrapAfter;
      }
    }
  }
  Term EndOfTable = EtsAtoms::get().EndOfTable;
  if (!Resumed && !Visited && Slot == ets::ObjectIndex::NoSlot)
    return EndOfTable;
  // The match list as erl conses it: the last match first, then Rest.
  std::vector<Term> List(Found.rbegin(), Found.rend());
  List.insert(List.end(), Prior->begin(), Prior->end());
  std::vector<Term> Extra;
  if (Got > Limit) {
    Extra.assign(List.begin(), List.begin() + std::ptrdiff_t(Got - Limit));
    List.erase(List.begin(), List.begin() + std::ptrdiff_t(Got - Limit));
    if (Resumed)
      std::reverse(Extra.begin(), Extra.end());
  }
  Term Chunk = makeList(P, List);
  if (Extra.empty() && Slot == ets::ObjectIndex::NoSlot)
    return List.empty() ? EndOfTable : makeTuple2(P, Chunk, EndOfTable);
  SWord Next = Slot == ets::ObjectIndex::NoSlot ? -1 : SWord(Slot);
  Term Cont[] = {Tab, makeInteger(P, Next), makeUnsigned(P, Limit), MsTerm, makeList(P, Extra),
                 makeUnsigned(P, Extra.size())};
  return makeTuple2(P, Chunk, makeTuple(P, Cont));
}

/// select/3, select_reverse/3, match/3 and match_object/3.
static Term selectFirstChunk(Process &P, Term Tab, Term MsTerm, Term Limit, bool Reverse) {
  if (!Limit.isSmall() || Limit.smallValue() <= 0)
    return P.badarg();
  return selectChunk(P, Tab, MsTerm, Word(Limit.smallValue()), Reverse, {});
}

/// The spec term of match/3 (`Objects` false) or match_object/3.
static Term patternSpecTerm(Process &P, Term Pattern, bool Objects) {
  Term Body = makeCons(P, internAtom(Objects ? "$_" : "$$"), Term::nil());
  return makeCons(P, makeTuple3(P, Pattern, Term::nil(), Body), Term::nil());
}

/// select/1, match/1 and match_object/1 on a continuation.
static Term selectNextChunk(Process &P, Term Cont) {
  if (Cont == EtsAtoms::get().EndOfTable)
    return Cont;
  if (!Cont.isTuple() || Cont.tupleArity() != 6)
    return P.badarg();
  if (Cont.tupleElement(5).isSmall()) { // A hashed table's, see selectHashedChunk.
    Term Tab = Cont.tupleElement(0), Slot = Cont.tupleElement(1), Limit = Cont.tupleElement(2);
    Term RestSize = Cont.tupleElement(5);
    if (!Slot.isSmall() || Slot.smallValue() < -1 || !Limit.isSmall() || Limit.smallValue() <= 0 ||
        RestSize.smallValue() < 0)
      return P.badarg();
    std::optional<MatchSpec> M = parseSpec(Cont.tupleElement(3), P.Pid);
    Table *T = access(P, Tab, Access::Read);
    if (!T)
      return tableError(P, Tab);
    if (!M || T->Type == Kind::OrderedSet)
      return P.badarg();
    std::lock_guard<SmallMutex> G(T->Lock);
    std::size_t From =
        Slot.smallValue() < 0 ? ets::ObjectIndex::NoSlot : std::size_t(Slot.smallValue());
    return selectHashedChunk(P, *T, Tab, Cont.tupleElement(3), *M, Word(Limit.smallValue()), From,
                             Cont.tupleElement(4), Word(RestSize.smallValue()), true);
  }
  Term Done = Cont.tupleElement(2), Limit = Cont.tupleElement(3);
  if (!Done.isSmall() || Done.smallValue() < 0 || !Limit.isSmall() || Limit.smallValue() <= 0)
    return P.badarg();
  ChunkStart From{Cont.tupleElement(1), std::size_t(Done.smallValue())};
  return selectChunk(P, Cont.tupleElement(0), Cont.tupleElement(4), Word(Limit.smallValue()),
                     Cont.tupleElement(5) == EtsAtoms::get().True, From);
}

Term ets_select_3(Process &P, const Term *Args) {
  return selectFirstChunk(P, Args[0], Args[1], Args[2], false);
}
Term ets_select_reverse_3(Process &P, const Term *Args) {
  return selectFirstChunk(P, Args[0], Args[1], Args[2], true);
}
Term ets_match_3(Process &P, const Term *Args) {
  return selectFirstChunk(P, Args[0], patternSpecTerm(P, Args[1], false), Args[2], false);
}
Term ets_match_object_3(Process &P, const Term *Args) {
  return selectFirstChunk(P, Args[0], patternSpecTerm(P, Args[1], true), Args[2], false);
}
Term ets_select_1(Process &P, const Term *Args) { return selectNextChunk(P, Args[0]); }

Term ets_whereis_1(Process &P, const Term *Args) {
  if (!Args[0].isAtom())
    return P.badarg();
  Table *T = findTable(Args[0]);
  return T && T->Named ? makeLocalRef(P, T->Ref) : EtsAtoms::get().Undefined;
}

Term ets_rename_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  if (!Args[1].isAtom())
    return P.badarg();
  Registry &R = Registry::get();
  std::unique_lock<std::shared_mutex> G(R.Lock);
  if (T->Named) {
    if (R.ByName.count(Args[1].raw()))
      return P.badarg();
    TablePtr Shared = R.ByRef.at(T->Ref);
    R.ByName.erase(T->Name.load().raw());
    R.ByName[Args[1].raw()] = Shared;
    R.Version.fetch_add(1, std::memory_order_release);
  }
  T->Name.store(Args[1]);
  return T->Named ? Args[1] : tidOf(P, *T); // erl answers an unnamed table's id.
}

Term ets_give_away_3(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Write);
  if (!T)
    return tableError(P, Args[0]);
  Process *To = Args[1].isLocalPid() ? ProcessTable::get().lookup(Args[1]) : nullptr;
  if (!To)
    return P.badarg();
  if (Args[1] == P.Pid && T->Owner.load() == P.Pid)
    return P.badargCause(internAtom("owner"));
  // Only the owner gives a table away; the exchange makes two racing
  // give_aways (or one and the owner's exit) hand it on once.
  To->UsedEts.store(true);
  Term Expected = P.Pid;
  if (!T->Owner.compare_exchange_strong(Expected, Args[1]))
    return P.badargCause(internAtom("not_owner"));
  Term Elems[] = {EtsAtoms::get().EtsTransfer, Args[0], P.Pid, Args[2]};
  sendMessage(*To, makeTuple(P, Elems));
  return atomTerm(atoms::True);
}

Term ets_setopts_2(Process &P, const Term *Args) {
  Table *T = findTable(Args[0]);
  if (!T || T->Owner.load() != P.Pid)
    return P.badarg();
  const EtsAtoms &A = EtsAtoms::get();
  std::optional<std::vector<Term>> Opts = oneOrList(Args[1]);
  if (!Opts)
    return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  for (Term O : *Opts) {
    if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(0) == A.Heir &&
        O.tupleElement(1) == A.None) {
      T->HeirPid = Term::nil();
    } else if (O.isTuple() && O.tupleArity() == 3 && O.tupleElement(0) == A.Heir &&
               O.tupleElement(1).isLocalPid()) {
      T->HeirPid = O.tupleElement(1);
      if (T->HeirData)
        Message::destroy(T->HeirData);
      T->HeirData = Message::create(O.tupleElement(2));
    } else if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(0) == A.Protection &&
               (O.tupleElement(1) == A.Public || O.tupleElement(1) == A.Protected ||
                O.tupleElement(1) == A.Private)) {
      T->Protection.store(O.tupleElement(1));
    } else {
      return P.badarg();
    }
  }
  return atomTerm(atoms::True);
}

/// ets:slot/2: an ordered_set's I-th object; a hash table's slot I as
/// erl builds it (its chain last first). At I = the count, the end of the
/// table; past it, badarg.
Term ets_slot_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Read);
  if (!T)
    return tableError(P, Args[0]);
  if (!Args[1].isSmall() || Args[1].smallValue() < 0)
    return P.badarg();
  std::size_t I = std::size_t(Args[1].smallValue());
  std::lock_guard<SmallMutex> G(T->Lock);
  const ets::ObjectIndex &Index = T->Objects;
  if (T->Type == Kind::OrderedSet) {
    if (I >= T->Objects.size())
      return I == T->Objects.size() ? EtsAtoms::get().EndOfTable : P.badarg();
    auto It = std::next(T->Objects.begin(), std::ptrdiff_t(I));
    return copiesOf(P, It->second);
  }
  if (I >= Index.activeSlots())
    return I == Index.activeSlots() ? EtsAtoms::get().EndOfTable : P.badarg();
  // The chain holds keys in order, each bag key's newest object first;
  // built by consing, the list has the keys last first, objects oldest first.
  std::vector<const ets::Objects *> Keys;
  Index.forEachInSlot(I, [&](Term, const ets::Objects &Objs) { Keys.push_back(&Objs); });
  std::vector<Term> Out;
  for (auto K = Keys.rbegin(); K != Keys.rend(); ++K)
    for (ets::EtsObject *O : **K)
      Out.push_back(O->copyTo(P));
  return makeList(P, Out);
}

Term ets_safe_fixtable_2(Process &P, const Term *Args) {
  Table *T = access(P, Args[0], Access::Read);
  if (!T)
    return tableError(P, Args[0]);
  if (Args[1] != atomTerm(atoms::True) && Args[1] != atomTerm(atoms::False))
    return P.badarg();
  std::lock_guard<SmallMutex> G(T->Lock);
  P.UsedEts.store(true, std::memory_order_relaxed);
  fixTable(*T, P.Pid, Args[1] == atomTerm(atoms::True));
  return atomTerm(atoms::True);
}

/// ets:all/0 waits for one message per scheduler, as many as
/// system_info(schedulers) says: the first lists every table, the rest none.
Term ets_internal_request_all_0(Process &P, const Term *) {
  std::vector<Term> All;
  {
    Registry &R = Registry::get();
    std::shared_lock<std::shared_mutex> G(R.Lock);
    for (auto &[K, T] : R.ByRef)
      All.push_back(tidOf(P, *T));
  }
  Term Ref = makeRef(P);
  sendMessage(P, makeTuple2(P, Ref, makeList(P, All)));
  for (unsigned I = 1; I < schedulerThreads(); ++I)
    sendMessage(P, makeTuple2(P, Ref, Term::nil()));
  return Ref;
}

} // namespace beamr::bifs
