//===- interp/Exceptions.cpp - Stack traces and catching ------------------===//
///
/// \file
/// Builds erl-shaped stack traces (`{M, F, ArityOrArgs, Location}`, at most
/// eight frames: the failing place, then the distinct continuation pointers
/// on the stack) and unwinds to the nearest catch. The "raw" stack trace in
/// x(2) after a catch is `{Class, Frames}`, so that `raise` can recover the
/// class as erl's internal trace object does.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Interp/CodeServer.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <vector>

using namespace beamr;
using namespace beamr::interp;

#define BEAMR_DEFINE_ATOM(Id, Text) Term beamr::interp::am::Id;
BEAMR_INTERP_ATOMS(BEAMR_DEFINE_ATOM)
#undef BEAMR_DEFINE_ATOM

void beamr::interp::am::initInterpAtoms() {
#define BEAMR_INTERN_ATOM(Id, Text) Id = *AtomTable::get().intern(Text);
  BEAMR_INTERP_ATOMS(BEAMR_INTERN_ATOM)
#undef BEAMR_INTERN_ATOM
}

Term beamr::interp::classAtom(ExceptionClass C) {
  switch (C) {
  case ExceptionClass::Error:
    return atomTerm(atoms::Error);
  case ExceptionClass::Exit:
    return atomTerm(atoms::Exit);
  case ExceptionClass::Throw:
    return atomTerm(atoms::Throw);
  }
  return atomTerm(atoms::Error);
}

static Term location(Process &P, const LoadedModule *M, std::uint32_t Item) {
  if (!M || Item == 0 || Item >= M->Beam->Lines.Items.size())
    return Term::nil();
  const LineItem &L = M->Beam->Lines.Items[Item];
  std::string File;
  if (L.FileIndex == 0 || L.FileIndex >= M->Beam->Lines.FileNames.size())
    File = std::string(AtomTable::get().name(M->Name)) + ".erl";
  else
    File = M->Beam->Lines.FileNames[L.FileIndex];
  Term FileT[] = {am::File, makeByteList(P, File)};
  Term LineT[] = {am::Line, Term::small(L.Line)};
  Term Elems[] = {makeTuple(P, FileT), makeTuple(P, LineT)};
  return makeList(P, Elems);
}

static Term frameAt(Process &P, const Word *Address, Term ArgsOrArity) {
  CodeLocation Loc = CodeServer::get().locate(Address);
  if (!Loc.Function)
    return NoValue;
  Term Arity = ArgsOrArity == NoValue ? Term::small(Loc.Function->Arity) : ArgsOrArity;
  Term Elems[] = {Loc.Module->Name, Loc.Function->Name, Arity,
                  location(P, Loc.Module, Loc.LineItem)};
  return makeTuple(P, Elems);
}

static Term errorModuleOf(Term Module) {
  if (Module == am::Erlang || Module == am::ErtsInternal || Module == am::PersistentTerm ||
      Module == am::Atomics || Module == am::Counters)
    return am::ErrErtsErrors;
  if (Module == am::Os)
    return am::ErrKernelErrors;
  if (Module == am::Binary || Module == am::Ets || Module == am::Lists || Module == am::Maps ||
      Module == am::Math || Module == am::Re || *AtomTable::get().lookup("unicode") == Module)
    return am::ErrStdlibErrors;
  return NoValue;
}

static bool isRaisingBif(const Export *E) {
  if (E->Module != am::Erlang)
    return false;
  Term F = E->Function;
  return (F == atomTerm(atoms::Error) && E->Arity >= 1 && E->Arity <= 3) ||
         (F == atomTerm(atoms::Exit) && E->Arity == 1) ||
         (F == atomTerm(atoms::Throw) && E->Arity == 1);
}

/// error/3's `{error_info, Map}` option joins the top frame's location
/// list, as erl puts it there.
static Term withErrorInfo(Process &P, Term Frame, Term Options) {
  for (Term L = Options; L.isCons(); L = L.tail()) {
    Term O = L.head();
    if (!O.isTuple() || O.tupleArity() != 2 || O.tupleElement(0) != atomTerm(atoms::ErrorInfo))
      continue;
    std::vector<Term> Location;
    for (Term K = Frame.tupleElement(3); K.isCons(); K = K.tail())
      Location.push_back(K.head());
    Location.push_back(O);
    Term Elems[] = {Frame.tupleElement(0), Frame.tupleElement(1), Frame.tupleElement(2),
                    makeList(P, Location)};
    return makeTuple(P, Elems);
  }
  return Frame;
}

Term beamr::interp::buildStacktrace(Process &P, const ErrorSite &Site, const Process *Of) {
  const Process &Stack = Of ? *Of : P;
  std::vector<Term> Frames;
  const Word *Prev = nullptr;
  if (Site.TopFrame != NoValue) {
    Frames.push_back(Site.TopFrame);
  } else if (Site.Bif && !isRaisingBif(Site.Bif)) {
    Term Args = makeList(P, std::span<const Term>(Site.Args, Site.Arity));
    Term Info = Term::nil();
    Term Mod = errorModuleOf(Site.Bif->Module);
    if (Mod != NoValue) {
      std::vector<MapEntry> E = {{atomTerm(atoms::Module), Mod}};
      if (P.ExcCause != NoValue)
        E.push_back({am::Cause, P.ExcCause});
      Term Pair[] = {atomTerm(atoms::ErrorInfo), makeMap(P, E)};
      Term One[] = {makeTuple(P, Pair)};
      Info = makeList(P, One);
    }
    Term Elems[] = {Site.Bif->Module, Site.Bif->Function, Args, Info};
    Frames.push_back(makeTuple(P, Elems));
    if (Site.PC) {
      Term F = frameAt(P, Site.PC, NoValue);
      if (F != NoValue)
        Frames.push_back(F);
      Prev = Site.PC;
    }
  } else if (Site.PC) {
    Term Args = NoValue;
    if (Site.FunctionClause) {
      unsigned Arity = unsigned(Site.PC[3]);
      Args = makeList(P, std::span<const Term>(P.X, Arity));
    } else if (Site.Bif && Site.Bif->Function == atomTerm(atoms::Error) && Site.Bif->Arity >= 2 &&
               Site.Args[1].isList()) {
      Args = Site.Args[1];
    }
    Term F = frameAt(P, Site.PC, Args);
    if (F != NoValue && Site.Bif && Site.Bif->Function == atomTerm(atoms::Error) &&
        Site.Bif->Arity == 3)
      F = withErrorInfo(P, F, Site.Args[2]);
    if (F != NoValue)
      Frames.push_back(F);
    Prev = Site.PC;
  }
  auto AddCP = [&](const Word *CP) {
    if (!CP || CP == normalExitAddress() || CP == Prev || Frames.size() >= backtraceDepth())
      return;
    Prev = CP;
    Term F = frameAt(P, CP - 1, NoValue);
    if (F != NoValue)
      Frames.push_back(F);
  };
  AddCP(Stack.CP);
  for (const Word *W = Stack.StackTop; W < Stack.HeapEnd && Frames.size() < backtraceDepth(); ++W)
    if (isHeaderWord(*W) && *W)
      AddCP(reinterpret_cast<const Word *>(*W));
  return makeList(P, Frames);
}

Term beamr::interp::currentStacktrace(Process &P, const Process &Q, const Word *PC) {
  ErrorSite Site;
  Site.PC = PC;
  return buildStacktrace(P, Site, &Q);
}

Term beamr::interp::stacktraceList(Term Raw) {
  if (Raw.isTuple() && Raw.tupleArity() == 2)
    return Raw.tupleElement(1);
  return Raw;
}

bool beamr::interp::raiseWithClass(Process &P, Term Class, Term Reason, Term Trace) {
  ExceptionClass C;
  if (Class == atomTerm(atoms::Error))
    C = ExceptionClass::Error;
  else if (Class == atomTerm(atoms::Exit))
    C = ExceptionClass::Exit;
  else if (Class == atomTerm(atoms::Throw))
    C = ExceptionClass::Throw;
  else
    return false;
  P.raise(C, Reason);
  P.ExcStacktrace = Trace.isList() ? Trace : Term::nil();
  // Mark the trace as given, even when it is empty.
  if (P.ExcStacktrace.isNil()) {
    Term Pair[] = {Class, Term::nil()};
    P.ExcStacktrace = makeTuple(P, Pair);
  }
  return true;
}

Term beamr::interp::catchValue(Process &P, Term Class, Term Reason, Term Trace) {
  if (Class == atomTerm(atoms::Throw))
    return Reason;
  Term Value = Reason;
  if (Class == atomTerm(atoms::Error)) {
    Term Pair[] = {Reason, stacktraceList(Trace)};
    Value = makeTuple(P, Pair);
  }
  Term Exit[] = {am::Exit, Value};
  return makeTuple(P, Exit);
}

const Word *beamr::interp::handleException(Process &P, RunState &S, const ErrorSite &Site) {
  Term Trace = P.ExcStacktrace;
  if (Trace.isNil())
    Trace = buildStacktrace(P, Site);
  else
    Trace = stacktraceList(Trace);
  Term Class = classAtom(P.ExcClass);
  Term Reason = P.ExcReason;
  // Find the nearest catch: the frame that holds it starts at the last
  // continuation pointer seen below it.
  Word *FrameStart = nullptr;
  for (Word *W = P.StackTop; W < P.HeapEnd; ++W) {
    Term T = Term::fromRaw(*W);
    if (isHeaderWord(*W) && *W) {
      FrameStart = W;
    } else if (T.isCatch() && FrameStart) {
      const Word *Handler = catchHandler(T);
      *W = Term::nil().raw();
      P.StackTop = FrameStart;
      P.CP = nullptr;
      Term Raw[] = {Class, Trace};
      P.X[0] = NoValue;
      P.X[1] = Reason;
      P.X[2] = makeTuple(P, Raw);
      P.X[3] = Class;
      P.ExcStacktrace = Term::nil();
      return Handler;
    }
  }
  P.ExcStacktrace = Term::nil();
  if (P.ExcClass == ExceptionClass::Exit) {
    S.ExitReason = Reason;
    return nullptr;
  }
  if (P.ExcClass == ExceptionClass::Throw) {
    Term NoCatch[] = {am::Nocatch, Reason};
    Reason = makeTuple(P, NoCatch);
  }
  Term Pair[] = {Reason, Trace};
  S.ExitReason = makeTuple(P, Pair);
  return nullptr;
}
