//===- interp/Calls.cpp - Resolving calls, funs and apply -----------------===//
///
/// \file
/// The slow halves of calls: loading a module on its first call (and raising
/// `undef` as erl does when it still lacks the function), calling funs
/// (closures and `fun M:F/A`), unpacking `apply`'s argument lists, building
/// closures.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Interp/CodeServer.h"
#include "beamr/Term/Build.h"

using namespace beamr;
using namespace beamr::interp;

Export *beamr::interp::applyExport(unsigned Arity) {
  static Export *Apply2 = &ExportTable::get().entry(am::Erlang, am::Apply, 2);
  static Export *Apply3 = &ExportTable::get().entry(am::Erlang, am::Apply, 3);
  return Arity == 2 ? Apply2 : Apply3;
}

Export *beamr::interp::hibernateExport() {
  static Export *Hibernate =
      &ExportTable::get().entry(am::Erlang, *AtomTable::get().intern("hibernate"), 3);
  return Hibernate;
}

void beamr::interp::enterHibernation(Process &P, const Word *&Next) {
  // erl drops the call stack and calls M:F(Args) when a message arrives,
  // ending the process normally if that returns. (erl also compacts the
  // heap; beamr-jit leaves that to the next collection.)
  P.StackTop = P.HeapEnd;
  P.CP = normalExitAddress();
  Next = nullptr;
}

/// A call into a module whose on_load function has not finished goes to
/// beamr_on_load:run(Module, Function, Args) instead, which runs it first.
static bool redirectToOnLoad(Process &P, Export *&E) {
  using State = CodeServer::OnLoadState;
  State S = CodeServer::get().onLoadState(E->Module);
  if (S != State::Pending && S != State::Running)
    return false;
  if (S == State::Running && CodeServer::get().runsOnLoad(E->Module, P.Pid))
    return false; // The on_load function calling its own module: undef.
  static Export *Run = &ExportTable::get().entry(*AtomTable::get().intern("beamr_on_load"),
                                                 *AtomTable::get().intern("run"), 3);
  if (!Run->Code.load() && !CodeServer::get().ensureLoaded(Run->Module))
    return false;
  Term Args = makeList(P, std::span<const Term>(P.X, E->Arity));
  P.X[0] = E->Module;
  P.X[1] = E->Function;
  P.X[2] = Args;
  E = Run;
  return true;
}

bool beamr::interp::resolveExport(Process &P, Export *&Ex, ErrorSite &Site) {
  Export &E = *Ex;
  if (E.Code.load() || E.Bif)
    return true;
  if (CodeServer::get().ensureLoaded(E.Module) && (E.Code.load() || E.Bif))
    return true;
  if (redirectToOnLoad(P, Ex))
    return true;
  Term Args = makeList(P, std::span<const Term>(P.X, E.Arity));
  Term Frame[] = {E.Module, E.Function, Args, Term::nil()};
  P.raiseError(atomTerm(atoms::Undef));
  Site = ErrorSite();
  Site.TopFrame = makeTuple(P, Frame);
  return false;
}

bool beamr::interp::unpackArgs(Process &P, Term List, unsigned &Arity) {
  Arity = 0;
  Term Args[Process::MaxXRegisters];
  while (List.isCons()) {
    if (Arity >= 255)
      return false;
    Args[Arity++] = List.head();
    List = List.tail();
  }
  if (!List.isNil())
    return false;
  for (unsigned K = 0; K < Arity; ++K)
    P.X[K] = Args[K];
  return true;
}

namespace {
/// What `funEntryOf` found lately on this thread. Every call of a fun (and
/// every spawn of one) needs its entry, and asking the code server takes
/// the lock all schedulers share; a slot holds while no module has been
/// loaded since it was filled.
struct FunCacheSlot {
  Word Module = 0;
  Word Index = 0;
  std::uint64_t Generation = ~std::uint64_t(0);
  const FunEntry *Entry = nullptr;
};
constexpr std::size_t FunCacheSlots = 64;
thread_local FunCacheSlot FunCache[FunCacheSlots];
} // namespace

static const FunEntry *funEntryOf(const FunObject &F) {
  // Funs name their module and index; the module may have been loaded by
  // another path, so look it up (or find it in the cache).
  CodeServer &CS = CodeServer::get();
  std::uint64_t Generation = CS.generation();
  FunCacheSlot &Slot = FunCache[(F.Module * 0x9E3779B97F4A7C15ull + F.Index) >> 58];
  if (Slot.Generation == Generation && Slot.Module == F.Module && Slot.Index == F.Index)
    return Slot.Entry;
  Term Module = Term::fromRaw(F.Module);
  if (!CS.ensureLoaded(Module))
    return nullptr;
  const FunEntry *Entry = CS.funEntry(Module, unsigned(F.Index));
  if (Entry)
    Slot = {F.Module, F.Index, Generation, Entry};
  return Entry;
}

const Word *beamr::interp::funTarget(Process &P, Term Fun, unsigned Arity, Export *&Ex,
                                     ErrorSite &Site) {
  Ex = nullptr;
  if (Fun.isBoxedKind(HeaderKind::Export)) {
    Word *Obj = Fun.boxedObject();
    Term Ar = Term::fromRaw(Obj[3]);
    if (Ar.smallValue() != SWord(Arity))
      goto BadArity;
    Ex = &ExportTable::get().entry(Term::fromRaw(Obj[1]), Term::fromRaw(Obj[2]), Arity);
    return nullptr;
  }
  if (Fun.isBoxedKind(HeaderKind::Fun)) {
    const FunObject &F = viewFun(Fun);
    if (F.Arity != Arity)
      goto BadArity;
    const FunEntry *Entry = funEntryOf(F);
    if (!Entry) {
      P.raiseErrorTuple(am::Badfun, Fun);
      return nullptr;
    }
    for (Word K = 0; K < F.NumFree; ++K)
      P.X[Arity + K] = F.freeVar(K);
    return Entry->Code;
  }
  P.raiseErrorTuple(am::Badfun, Fun);
  return nullptr;
BadArity : {
  Term Args = makeList(P, std::span<const Term>(P.X, Arity));
  Term Pair[] = {Fun, Args};
  P.raiseErrorTuple(am::Badarity, makeTuple(P, Pair));
  (void)Site;
  return nullptr;
}
}

Term beamr::interp::makeClosure(Process &P, const FunEntry &F, const Term *Free) {
  FunObject Fixed{};
  Fixed.Module = F.Module.raw();
  Fixed.Index = F.Index;
  Fixed.OldIndex = F.Index;
  Fixed.OldUniq = F.OldUniq;
  Fixed.Uniq[0] = F.Uniq[0];
  Fixed.Uniq[1] = F.Uniq[1];
  Fixed.Arity = F.Arity;
  Fixed.Creator = P.Pid.raw();
  return makeFun(P, Fixed, std::span<const Term>(Free, F.NumFree));
}
