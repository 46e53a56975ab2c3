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

static Term atom(const char *Name) { return *AtomTable::get().intern(Name); }

/// Whether a missing module may be loaded from the native path rather than
/// through OTP's error handler: the preloaded modules always (they are in
/// erl's emulator image), everything until error_handler itself is loaded.
static bool loadsNatively(Term Module) {
  static Export *Undefined = &ExportTable::get().entry(atom("error_handler"),
                                                       atom("undefined_function"), 3);
  return !Undefined->Code.load(std::memory_order_acquire) || isPreloaded(Module);
}

/// As erl does for a call that finds no code: the call becomes
/// error_handler:Handler(Module, What, Args), which asks the code server
/// to load the module and retries the call, or raises undef. False while
/// the error handler is not loaded.
static bool redirectToErrorHandler(Process &P, Export *&E, const char *Handler, Term Module,
                                   Term What, unsigned Arity) {
  Export &H = ExportTable::get().entry(atom("error_handler"), atom(Handler), 3);
  if (!H.Code.load(std::memory_order_acquire))
    return false;
  Term Args = makeList(P, std::span<const Term>(P.X, Arity));
  P.X[0] = Module;
  P.X[1] = What;
  P.X[2] = Args;
  E = &H;
  return true;
}

/// erlang:call_on_load_function(Module) enters the on_load function of the
/// module's code that waits for it (in place of the BIF, as erl does);
/// badarg when no code waits.
static Export *callOnLoadExport() {
  static Export *Call = &ExportTable::get().entry(am::Erlang, atom("call_on_load_function"), 1);
  return Call;
}

bool beamr::interp::resolveExport(Process &P, Export *&Ex, ErrorSite &Site) {
  Export &E = *Ex;
  if (E.Code.load() || E.Bif)
    return true;
  if (Ex == callOnLoadExport()) {
    if (Export *Run = P.X[0].isAtom() ? CodeServer::get().onLoadEntry(P.X[0]) : nullptr) {
      Ex = Run;
      return true;
    }
    P.badarg();
    Site = ErrorSite();
    Site.Bif = Ex;
    Site.Args = P.X;
    Site.Arity = 1;
    return false;
  }
  if (loadsNatively(E.Module) && CodeServer::get().ensureLoaded(E.Module) &&
      (E.Code.load() || E.Bif))
    return true;
  if (redirectToErrorHandler(P, Ex, "undefined_function", E.Module, E.Function, E.Arity))
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
  // Funs name their module, index and uniq; the code may be current, old
  // or waiting for on_load, so look it up (or find it in the cache).
  CodeServer &CS = CodeServer::get();
  std::uint64_t Generation = CS.generation();
  FunCacheSlot &Slot = FunCache[(F.Module * 0x9E3779B97F4A7C15ull + F.Index) >> 58];
  if (Slot.Generation == Generation && Slot.Module == F.Module && Slot.Index == F.Index &&
      Slot.Entry->OldUniq == F.OldUniq)
    return Slot.Entry;
  Term Module = Term::fromRaw(F.Module);
  const FunEntry *Entry = CS.funEntry(Module, unsigned(F.Index), std::uint32_t(F.OldUniq));
  if (!Entry && !CS.isLoaded(Module) && loadsNatively(Module) && CS.ensureLoaded(Module))
    Entry = CS.funEntry(Module, unsigned(F.Index), std::uint32_t(F.OldUniq));
  if (Entry)
    Slot = {F.Module, F.Index, CS.generation(), Entry};
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
      // No code for it: with its module gone, erl hands the call to
      // error_handler:undefined_lambda/3 (which loads the module and calls
      // again, or raises undef); with the module there, the fun's code was
      // purged: badfun.
      Term Module = Term::fromRaw(F.Module);
      if (!CodeServer::get().isLoaded(Module) &&
          redirectToErrorHandler(P, Ex, "undefined_lambda", Module, Fun, Arity))
        return nullptr;
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
