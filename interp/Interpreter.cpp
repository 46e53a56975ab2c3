//===- interp/Interpreter.cpp - The threaded-code dispatch loop -----------===//
///
/// \file
/// One function, `interpret`, runs loaded code with computed gotos: every
/// instruction starts with its handler's address (see LoadedModule.h for the
/// operand words). Anything long is a helper in another file of interp/.
/// Exceptions never leave this loop as C++ exceptions: a failing instruction
/// records the exception on the process and jumps to `Error`, which finds a
/// catch or ends the process.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Interp/CodeServer.h"
#include "beamr/Interp/Scheduler.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <mutex>

using namespace beamr;
using namespace beamr::interp;

static const void *const *Handlers = nullptr;
static Word NormalExitCode[1];
static Word ApplyEntryCode[256][2];
static Word DirtyCallCode[1];
static Word HibernateWaitCode[1];
/// X registers a yield at a fun's entry keeps: a fun's arguments and free
/// variables are the arguments of its lambda function, at most 255.
constexpr unsigned FunYieldLive = 255;

// BEAMR_TRACE_CALLS=1 prints every function entered (debugging aid).
static const bool TraceCalls = std::getenv("BEAMR_TRACE_CALLS") != nullptr;
bool beamr::traceCalls() { return TraceCalls; }
static void traceCall(const Word *I) {
  CodeLocation L = CodeServer::get().locate(I);
  if (L.Function)
    std::fprintf(stderr, "call %s:%s/%u\n", std::string(AtomTable::get().name(L.Module->Name)).c_str(),
                 std::string(AtomTable::get().name(L.Function->Name)).c_str(), L.Function->Arity);
}

/// Calls counted per function before it counts as hot; the counter stops
/// there.
constexpr std::uint64_t HotCallCount = 1 << 16;

/// Counts a call of a function, up to `HotCallCount`: a hotness estimate,
/// so threads may lose each other's counts (an atomic load and store, not a
/// locked increment), and a hot function's counter is only read, so cores
/// running it do not fight over the counter's cache line.
static inline void countCall(Word Counter) {
  std::atomic_ref<std::uint64_t> C(*reinterpret_cast<std::uint64_t *>(Counter));
  std::uint64_t N = C.load(std::memory_order_relaxed);
  if (N < HotCallCount) [[unlikely]]
    C.store(N + 1, std::memory_order_relaxed);
}

[[gnu::noinline]] static bool exactEqSlow(Term A, Term B) {
  return compareTermsExact(A, B) == 0;
}

/// `=:=`, inline: a receive that matches a reference tests one per queued
/// message.
[[gnu::always_inline]] static inline bool exactEq(Term A, Term B) {
  if (A == B)
    return true;
  if ((!A.isBoxed() && !A.isCons()) || (!B.isBoxed() && !B.isCons()))
    return false;
  // Local references (a receive matching a monitor's or a call's reference
  // tests one per queued message): equal when their words are.
  if (A.isBoxed() && B.isBoxed() && headerKind(A.boxedHeader()) == HeaderKind::Ref &&
      B.boxedHeader() == A.boxedHeader()) {
    const Word *X = A.boxedObject(), *Y = B.boxedObject();
    for (Word K = 1, N = headerArity(*X); K <= N; ++K) // No memcmp call: ids differ early.
      if (X[K] != Y[K])
        return false;
    return true;
  }
  return exactEqSlow(A, B);
}

/// Whether `T` passes a receive's load-time filter (see `ReceiveFilter`).
[[gnu::always_inline]] static inline bool passesFilter(Process &P, const ReceiveFilter &F, Term T) {
  if (!T.isBoxed())
    return false;
  const Word *E = T.boxedObject();
  if (E[0] != F.Header || (F.Tag && E[1] != F.Tag))
    return false;
  for (unsigned K = 0; K < F.Count; ++K) {
    const ReceiveFilter::Element &C = F.Elements[K];
    Term V = Term::fromRaw(E[1 + C.Index]);
    if (C.FromY ? !exactEq(V, P.y(C.Value)) : V.raw() != C.Value)
      return false;
  }
  return true;
}

/// The first message from the cursor on that passes `F`, the cursor moved
/// to it; a reduction for each one stepped over.
[[gnu::always_inline]] static inline Message *firstPassing(Process &P, const ReceiveFilter &F,
                                                           SWord &Reds) {
  Message *M = P.Mail.peek();
  while (M && !passesFilter(P, F, M->Payload)) {
    P.Mail.advance();
    --Reds;
    M = P.Mail.peek();
  }
  return M;
}

/// erl turns `X + Int` / `Int + X` / `X - Int` (X a register, Int a small
/// literal) into an increment instruction whose badarith has no
/// `erlang:'+'` frame; every other failing arithmetic gc_bif (two literals
/// included) puts the operator's frame on top.
static bool isIncrement(const Export *E, const Word *Operands) {
  if (E->Module != am::Erlang || E->Arity != 2)
    return false;
  auto IsSmallLiteral = [](Word W) { return (W & 3) && Term::fromRaw(W).isSmall(); };
  auto IsRegister = [](Word W) { return (W & 3) == 0; };
  std::string_view N = AtomTable::get().name(E->Function);
  if (N == "+")
    return (IsSmallLiteral(Operands[0]) && IsRegister(Operands[1])) ||
           (IsRegister(Operands[0]) && IsSmallLiteral(Operands[1]));
  if (N == "-")
    return IsRegister(Operands[0]) && IsSmallLiteral(Operands[1]);
  return false;
}

static Term makeFloatOn(Process &P, double D) {
  Word *Hp = P.allocate(2);
  Hp[0] = makeHeader(HeaderKind::Float, 1);
  std::memcpy(Hp + 1, &D, sizeof D);
  return Term::boxed(Hp);
}

RunOutcome beamr::interpret(Process &P, RunState &S, SWord Reds) {
  // Whichever way the slice ends, the scheduler learns what it used (a
  // destructor holding &Reds would keep Reds out of a register).
#define RETURN_OUTCOME(Outcome)                                                                    \
  do {                                                                                             \
    S.RedsLeft = Reds;                                                                             \
    return RunOutcome::Outcome;                                                                    \
  } while (0)
  static const void *const Table[] = {
      nullptr,
#define BEAMR_OPCODE(Id, Name, Number, Arity) &&Op_##Id,
#include "beamr/Loader/Opcodes.def"
      &&Op_FuncEntry, &&Op_NormalExit, &&Op_ApplyEntry, &&Op_CallErrorHandler,
      &&Op_MoveXX, &&Op_MoveXY, &&Op_MoveYX, &&Op_MoveCX,
      &&Op_GcAddRC, &&Op_GcSubRC, &&Op_GcAdd, &&Op_GcSub, &&Op_GcMul, &&Op_GcBand, &&Op_GcBor, &&Op_GcBsr, &&Op_GcRem,
      &&Op_GcDiv, &&Op_BifElement,
      &&Op_IsLtXX, &&Op_IsLtXC, &&Op_IsLtCX, &&Op_IsGeXX, &&Op_IsGeXC, &&Op_IsGeCX,
      &&Op_FuncEntryTraced,
      &&Op_CallCounted, &&Op_CallLastCounted, &&Op_CallOnlyCounted, &&Op_DeallocateReturn,
      &&Op_MovePairXXXX, &&Op_MovePairXXXY, &&Op_MovePairXXYX, &&Op_MovePairXXYY,
      &&Op_MovePairXYXX, &&Op_MovePairXYXY, &&Op_MovePairXYYX, &&Op_MovePairXYYY,
      &&Op_MovePairYXXX, &&Op_MovePairYXXY, &&Op_MovePairYXYX, &&Op_MovePairYXYY,
      &&Op_MovePairYYXX, &&Op_MovePairYYXY, &&Op_MovePairYYYX, &&Op_MovePairYYYY,
      &&Op_MoveReturn, &&Op_TestHeapPutList, &&Op_IsNonemptyGetList, &&Op_IsNonemptyGetListXXX, &&Op_GetListXXX, &&Op_GetTupleElementXX, &&Op_GetTupleElementPair, &&Op_GetTupleElementPairXX, &&Op_LoopRecEndNext, &&Op_LoopRecFiltered, &&Op_FmoveToFloat, &&Op_FmoveFromFloat, &&Op_IsEqExactImm, &&Op_IsNeExactImm,
      &&Op_DirtyCall, &&Op_HibernateWait,
  };
  static_assert(sizeof Table / sizeof Table[0] == unsigned(InternalOp::Count));
  if (!Handlers) {
    auto Address = [&](InternalOp Op) { return reinterpret_cast<Word>(Table[unsigned(Op)]); };
    NormalExitCode[0] = Address(InternalOp::NormalExit);
    for (unsigned Arity = 0; Arity < 256; ++Arity) {
      ApplyEntryCode[Arity][0] = Address(InternalOp::ApplyEntry);
      ApplyEntryCode[Arity][1] = Arity;
    }
    DirtyCallCode[0] = Address(InternalOp::DirtyCall);
    HibernateWaitCode[0] = Address(InternalOp::HibernateWait);
    Handlers = Table;
    RETURN_OUTCOME(Exit);
  }

  const Word *I = S.IP;
  ErrorSite Site;
  Term BifArgs[3];
  Export *Ex = nullptr;
  unsigned CallArity = 0;
  // Which member of an instruction family shares a handler body: adjacent
  // labels share one address, so the handler cannot tell them apart by I[0].
  unsigned Variant = 0;
  Term CallFun;
  const Word *Next;
  const MailboxOps &Mail = Scheduler::get().mailboxOps();
  // The runtime's own mailbox (what the boot code installs) is walked
  // inline: a receive that skips N messages peeks and advances N times.
  const bool RuntimeMailbox = Mail.peek == mailboxPeek && Mail.advance == mailboxAdvance;

#define DISPATCH() goto *reinterpret_cast<const void *>(I[0])
#define NEXT(N)                                                                                    \
  do {                                                                                             \
    I += (N);                                                                                      \
    DISPATCH();                                                                                    \
  } while (0)
#define JUMP(W)                                                                                    \
  do {                                                                                             \
    I = reinterpret_cast<const Word *>(W);                                                         \
    DISPATCH();                                                                                    \
  } while (0)
#define SRC(K) readSource(P, I[K])
#define DST(K) destination(P, I[K])
#define FAIL_HERE()                                                                                \
  do {                                                                                             \
    Site = ErrorSite();                                                                            \
    Site.PC = I;                                                                                   \
    goto Error;                                                                                    \
  } while (0)
#define RAISE_TUPLE(Atom, Value)                                                                   \
  do {                                                                                             \
    P.raiseErrorTuple(am::Atom, (Value));                                             \
    FAIL_HERE();                                                                                   \
  } while (0)
// A call: CP is set by the caller; count a reduction and maybe yield.
// `ENTER_LOCAL` is for calls of local functions: only the reduction count
// can end the slice there (a yield request comes from a BIF, and calls of
// BIFs check it).
// `Live` is the callee's arity, read only when the slice ends.
#define ENTER_IF(Target, YieldCond, Live)                                                          \
  do {                                                                                             \
    const Word *Entered = (Target);                                                                \
    if (YieldCond) [[unlikely]] {                                                                  \
      S.YieldRequested.store(false, std::memory_order_relaxed);                                    \
      S.LiveX = (Live);                                                                            \
      S.IP = Entered;                                                                              \
      RETURN_OUTCOME(Yield);                                                                       \
    }                                                                                              \
    I = Entered;                                                                                   \
    DISPATCH();                                                                                    \
  } while (0)
#define YIELD_REQUESTED() S.YieldRequested.load(std::memory_order_relaxed)
#define ENTER(Target, Live) ENTER_IF(Target, --Reds <= 0 || YIELD_REQUESTED(), Live)
#define ENTER_LOCAL(Target) ENTER_IF(Target, --Reds <= 0, unsigned(I[1]))
#define TEST(Cond, Len)                                                                            \
  do {                                                                                             \
    if (Cond)                                                                                      \
      NEXT(Len);                                                                                   \
    JUMP(I[1]);                                                                                    \
  } while (0)

  DISPATCH();

Op_Label:
Op_IntCodeEnd:
Op_Line:
Op_OnLoad:
Op_NifStart:
Op_CallErrorHandler:
Op_DebugLine:
Op_ExecutableLine:
  // Never emitted (dropped at load time) or not yet supported.
  P.raiseError(atomTerm(atoms::Badarg));
  FAIL_HERE();

Op_BsInitWritable:
  // x(0) is a size hint for a binary that later appends extend; appending
  // copies here, so an empty binary serves.
  P.X[0] = makeBinary(P, std::span<const unsigned char>());
  NEXT(1);

Op_FuncEntry:
  countCall(I[1]);
  NEXT(2);
Op_FuncEntryTraced:
  countCall(I[1]);
  traceCall(I);
  NEXT(2);

Op_FuncInfo:
  P.raiseError(am::FunctionClause);
  Site = ErrorSite();
  Site.PC = I;
  Site.FunctionClause = true;
  goto Error;

Op_NormalExit:
  S.ExitReason = am::Normal;
  RETURN_OUTCOME(Exit);

Op_ApplyEntry: {
  unsigned Arity = unsigned(I[1]);
  Site = ErrorSite();
  const Word *Target = funTarget(P, P.X[Arity], Arity, Ex, Site);
  P.CP = NormalExitCode;
  if (Ex) {
    if (!resolveExport(P, Ex, Site))
      goto Error;
    if (Ex->Code.load()) {
      I = Ex->Code.load();
      DISPATCH();
    }
    Term R = Ex->Bif(P, P.X);
    if (R == NoValue) {
      Site.Bif = Ex;
      Site.Args = P.X;
      Site.Arity = Arity;
      goto Error;
    }
    P.X[0] = R;
    JUMP(NormalExitCode);
  }
  if (!Target)
    goto Error;
  JUMP(Target);
}

  // --- Moves -------------------------------------------------------------
Op_Move:
  DST(2) = SRC(1);
  NEXT(3);
Op_MoveXX:
  P.X[I[2] >> 8] = P.X[I[1] >> 8];
  NEXT(3);
Op_MoveXY:
  P.StackTop[1 + (I[2] >> 8)] = P.X[I[1] >> 8].raw();
  NEXT(3);
Op_MoveYX:
  P.X[I[2] >> 8] = Term::fromRaw(P.StackTop[1 + (I[1] >> 8)]);
  NEXT(3);
Op_MoveCX:
  P.X[I[2] >> 8] = Term::fromRaw(I[1]);
  NEXT(3);
Op_MoveReturn:
  DST(2) = SRC(1);
  I = P.CP;
  P.CP = nullptr;
  DISPATCH();
  // Two register moves, the registers' kinds (x or y) known at load time.
#define REG_X(W) P.X[(W) >> 8]
#define REG_Y(W) (*reinterpret_cast<Term *>(P.StackTop + 1 + ((W) >> 8)))
#define MOVE_PAIR(A, B, C, D)                                                                      \
  Op_MovePair##A##B##C##D : REG_##B(I[2]) = REG_##A(I[1]);                                         \
  REG_##D(I[4]) = REG_##C(I[3]);                                                                   \
  NEXT(5);
  MOVE_PAIR(X, X, X, X) MOVE_PAIR(X, X, X, Y) MOVE_PAIR(X, X, Y, X) MOVE_PAIR(X, X, Y, Y)
  MOVE_PAIR(X, Y, X, X) MOVE_PAIR(X, Y, X, Y) MOVE_PAIR(X, Y, Y, X) MOVE_PAIR(X, Y, Y, Y)
  MOVE_PAIR(Y, X, X, X) MOVE_PAIR(Y, X, X, Y) MOVE_PAIR(Y, X, Y, X) MOVE_PAIR(Y, X, Y, Y)
  MOVE_PAIR(Y, Y, X, X) MOVE_PAIR(Y, Y, X, Y) MOVE_PAIR(Y, Y, Y, X) MOVE_PAIR(Y, Y, Y, Y)
#undef MOVE_PAIR
#undef REG_X
#undef REG_Y
Op_Swap: {
  Term A = SRC(1);
  DST(1) = SRC(2);
  DST(2) = A;
  NEXT(3);
}
Op_Init:
  DST(1) = Term::nil();
  NEXT(2);
Op_InitYregs: {
  Word N = I[1];
  for (Word K = 0; K < N; ++K)
    DST(2 + K) = Term::nil();
  NEXT(2 + N);
}

  // --- Calls -------------------------------------------------------------
Op_Call:
  P.CP = I + 3;
  ENTER_LOCAL(reinterpret_cast<const Word *>(I[2]));
Op_CallLast:
  P.popFrame(I[3]);
  ENTER_LOCAL(reinterpret_cast<const Word *>(I[2]));
Op_CallOnly:
  ENTER_LOCAL(reinterpret_cast<const Word *>(I[2]));
  // The same, entering just past the callee's func_entry, whose counter
  // pointer is the word before the entry.
#define ENTER_COUNTED(W)                                                                           \
  do {                                                                                             \
    const Word *Entry = reinterpret_cast<const Word *>(W);                                         \
    countCall(Entry[-1]);                                                                          \
    ENTER_LOCAL(Entry);                                                                            \
  } while (0)
Op_CallCounted:
  P.CP = I + 3;
  ENTER_COUNTED(I[2]);
Op_CallLastCounted:
  P.popFrame(I[3]);
  ENTER_COUNTED(I[2]);
Op_CallOnlyCounted:
  ENTER_COUNTED(I[2]);
#undef ENTER_COUNTED

Op_CallExt:
  Next = I + 3;
  goto CallExport;
Op_CallExtLast:
  P.popFrame(I[3]);
  Next = nullptr;
  goto CallExport;
Op_CallExtOnly:
  Next = nullptr;
  goto CallExport;

CallExport : {
  Ex = reinterpret_cast<Export *>(I[2]);
  Site = ErrorSite();
  Site.PC = I;
CallResolved:
  if (const Word *Code = Ex->Code.load(std::memory_order_acquire)) {
    if (Next)
      P.CP = Next;
    ENTER(Code, Ex->Arity);
  }
  // (apply/2,3 and hibernate/3 have no Bif: the code below performs them.)
  if (Ex->Bif) {
    if (Ex->Dirty && !S.OnDirty) [[unlikely]] {
      S.DirtyBif = Ex;
      S.DirtyNext = Next;
      S.DirtySite = I;
      S.LiveX = Ex->Arity;
      S.IP = DirtyCallCode;
      RETURN_OUTCOME(Dirty);
    }
    S.IP = I; // Where the BIF was called from (current_stacktrace).
    Term R = Ex->Bif(P, P.X);
    if (R == NoValue) {
      Site.Bif = Ex;
      Site.Args = P.X;
      Site.Arity = Ex->Arity;
      goto Error;
    }
    P.X[0] = R;
    if (--Reds <= 0 || YIELD_REQUESTED() || S.OnDirty) {
      S.YieldRequested.store(false, std::memory_order_relaxed);
      S.LiveX = 1;
      S.IP = Next ? Next : P.CP;
      if (!Next)
        P.CP = nullptr;
      RETURN_OUTCOME(Yield);
    }
    if (Next)
      JUMP(Next);
    I = P.CP;
    P.CP = nullptr;
    DISPATCH();
  }
  if (Ex == applyExport(3) || Ex == hibernateExport()) {
    Term M = P.X[0], F = P.X[1];
    unsigned Arity;
    if (!M.isAtom() || !F.isAtom() || !unpackArgs(P, P.X[2], Arity)) {
      P.badarg();
      Site.Bif = Ex;
      Site.Args = P.X;
      Site.Arity = 3;
      goto Error;
    }
    // Bad arguments raise in the caller, whose catches are still there.
    bool Hibernate = Ex == hibernateExport();
    Ex = &ExportTable::get().entry(M, F, Arity);
    if (Hibernate) {
      enterHibernation(P, Next);
      S.HibernateTarget = Ex;
      I = HibernateWaitCode;
      DISPATCH();
    }
    goto DynamicCall;
  }
  if (Ex == applyExport(2)) {
    Term Fun = P.X[0];
    unsigned Arity;
    if (!unpackArgs(P, P.X[1], Arity)) {
      P.badarg();
      Site.Bif = Ex;
      Site.Args = P.X;
      Site.Arity = 2;
      goto Error;
    }
    P.X[Arity] = Fun;
    Export *FunEx = nullptr;
    const Word *Target = funTarget(P, Fun, Arity, FunEx, Site);
    if (FunEx) {
      Ex = FunEx;
      goto CallResolved;
    }
    if (!Target)
      goto Error;
    if (Next)
      P.CP = Next;
    ENTER(Target, FunYieldLive);
  }
  if (!resolveExport(P, Ex, Site)) {
    // erl's undef trace names the caller of a non-tail call, as if the call
    // had been entered.
    if (Next)
      P.CP = Next;
    goto Error;
  }
  goto CallResolved;
}

Op_Apply:
  CallArity = unsigned(I[1]);
  Next = I + 2;
  goto DoApply;
Op_ApplyLast:
  CallArity = unsigned(I[1]);
  P.popFrame(I[2]);
  Next = nullptr;
DoApply : {
  Term M = P.X[CallArity], F = P.X[CallArity + 1];
  Site = ErrorSite();
  Site.PC = I;
  if (!M.isAtom() || !F.isAtom()) {
    P.badarg();
    goto Error;
  }
  Ex = &ExportTable::get().entry(M, F, CallArity);
  goto DynamicCall;
}
DynamicCall:
  // erl's stack trace of a BIF reached by a tail `apply` has no frame for
  // the function that made the call: its frame is gone.
  if (!Next && Ex->Bif && !Ex->Code.load(std::memory_order_acquire))
    Site.PC = nullptr;
  goto CallResolved;

Op_CallFun:
  CallArity = unsigned(I[1]);
  Next = I + 2;
  CallFun = P.X[CallArity];
  goto DoCallFun;
Op_CallFun2:
  CallArity = unsigned(I[2]);
  CallFun = SRC(3);
  Next = I + 4;
DoCallFun : {
  Site = ErrorSite();
  Site.PC = I;
  Export *FunEx = nullptr;
  const Word *Target = funTarget(P, CallFun, CallArity, FunEx, Site);
  if (FunEx) {
    Ex = FunEx;
    goto CallResolved;
  }
  if (!Target) {
    // erl raises badarity on entry to the fun, after the call: the caller
    // shows twice in the stack trace (the call site and the return
    // address), unless the call is a tail call (followed by deallocate and
    // return, which erl fuses into one). badfun is raised before the call.
    Term R = P.ExcReason;
    auto Is = [](const Word *At, Opcode Op) { return At[0] == handlerFor(unsigned(Op)); };
    bool Tail = Next && (Is(Next, Opcode::Return) || Next[0] == handlerFor(unsigned(InternalOp::DeallocateReturn)));
    if (Next && !Tail && R.isTuple() && R.tupleArity() == 2 && R.tupleElement(0) == am::Badarity)
      P.CP = Next;
    goto Error;
  }
  if (Next)
    P.CP = Next;
  ENTER(Target, FunYieldLive);
}

Op_Return:
  I = P.CP;
  P.CP = nullptr;
  DISPATCH();
Op_DeallocateReturn: {
  Word *Frame = P.StackTop;
  P.StackTop = Frame + I[1] + 1;
  P.CP = nullptr;
  JUMP(Frame[0]);
}

  // --- Stack and heap ----------------------------------------------------
Op_Allocate:
Op_AllocateZero:
  ensureHeap(P, I[1] + 1, unsigned(I[2]));
  P.pushFrame(I[1]);
  NEXT(3);
Op_AllocateHeap:
Op_AllocateHeapZero:
  ensureHeap(P, I[1] + 1 + I[2], unsigned(I[3]));
  P.pushFrame(I[1]);
  NEXT(4);
Op_TestHeap:
  ensureHeap(P, I[1], unsigned(I[2]));
  NEXT(3);
Op_Deallocate:
  P.popFrame(I[1]);
  NEXT(2);
Op_Trim: {
  Word N = I[1];
  Word CP = P.StackTop[0];
  P.StackTop += N;
  P.StackTop[0] = CP;
  NEXT(3);
}

  // --- Tests -------------------------------------------------------------
  // is_lt/is_ge with register or small-integer operands: both small
  // integers compare as words, anything else goes to the generic test.
#define SMALL_COMPARE(A, B, Op, Generic)                                                           \
  do {                                                                                             \
    Term L = (A), R = (B);                                                                         \
    if (((L.raw() & R.raw()) & 0xF) != 0xF)                                                        \
      goto Generic;                                                                                \
    TEST(SWord(L.raw()) Op SWord(R.raw()), 4);                                                     \
  } while (0)
Op_IsLtXX:
  SMALL_COMPARE(P.X[I[2] >> 8], P.X[I[3] >> 8], <, Op_IsLt);
Op_IsLtXC:
  SMALL_COMPARE(P.X[I[2] >> 8], Term::fromRaw(I[3]), <, Op_IsLt);
Op_IsLtCX:
  SMALL_COMPARE(Term::fromRaw(I[2]), P.X[I[3] >> 8], <, Op_IsLt);
Op_IsGeXX:
  SMALL_COMPARE(P.X[I[2] >> 8], P.X[I[3] >> 8], >=, Op_IsGe);
Op_IsGeXC:
  SMALL_COMPARE(P.X[I[2] >> 8], Term::fromRaw(I[3]), >=, Op_IsGe);
Op_IsGeCX:
  SMALL_COMPARE(Term::fromRaw(I[2]), P.X[I[3] >> 8], >=, Op_IsGe);
#undef SMALL_COMPARE
Op_IsLt: {
  Term A = SRC(2), B = SRC(3);
  if (A.isFloat() && B.isFloat())
    TEST(A.floatValue() < B.floatValue(), 4);
  TEST(((A.raw() & B.raw()) & 0xF) == 0xF ? SWord(A.raw()) < SWord(B.raw())
                                           : compareTerms(A, B) < 0,
       4);
}
Op_IsGe: {
  Term A = SRC(2), B = SRC(3);
  if (A.isFloat() && B.isFloat())
    TEST(A.floatValue() >= B.floatValue(), 4);
  TEST(((A.raw() & B.raw()) & 0xF) == 0xF ? SWord(A.raw()) >= SWord(B.raw())
                                           : compareTerms(A, B) >= 0,
       4);
}
Op_IsEq: {
  Term A = SRC(2), B = SRC(3);
  TEST(((A.raw() & B.raw()) & 0xF) == 0xF ? SWord(A.raw()) == SWord(B.raw())
                                           : compareTerms(A, B) == 0,
       4);
}
Op_IsNe: {
  Term A = SRC(2), B = SRC(3);
  TEST(((A.raw() & B.raw()) & 0xF) == 0xF ? SWord(A.raw()) != SWord(B.raw())
                                           : compareTerms(A, B) != 0,
       4);
}
Op_IsEqExact:
  TEST(exactEq(SRC(2), SRC(3)), 4);
Op_IsNeExact:
  TEST(!exactEq(SRC(2), SRC(3)), 4);
Op_IsEqExactImm:
  TEST(SRC(2) == SRC(3), 4);
Op_IsNeExactImm:
  TEST(SRC(2) != SRC(3), 4);
Op_IsInteger:
  TEST(SRC(2).isInteger(), 3);
Op_IsFloat:
  TEST(SRC(2).isFloat(), 3);
Op_IsNumber:
  TEST(SRC(2).isNumber(), 3);
Op_IsAtom:
  TEST(SRC(2).isAtom(), 3);
Op_IsPid:
  TEST(SRC(2).isLocalPid() || SRC(2).isBoxedKind(HeaderKind::ExternalPid), 3);
Op_IsReference:
  TEST(SRC(2).isBoxedKind(HeaderKind::Ref) || SRC(2).isBoxedKind(HeaderKind::ExternalRef), 3);
Op_IsPort:
  TEST(SRC(2).isLocalPort() || SRC(2).isBoxedKind(HeaderKind::ExternalPort), 3);
Op_IsNil:
  TEST(SRC(2).isNil(), 3);
Op_IsBinary: {
  Term T = SRC(2);
  TEST(T.isBitstring() && viewBitstring(T).BitSize % 8 == 0, 3);
}
Op_IsBitstr:
  TEST(SRC(2).isBitstring(), 3);
Op_IsConstant: {
  Term T = SRC(2);
  TEST(!T.isCons() && !T.isTuple(), 3);
}
Op_IsList:
  TEST(SRC(2).isList(), 3);
Op_IsNonemptyList:
  TEST(SRC(2).isCons(), 3);
Op_IsTuple:
  TEST(SRC(2).isTuple(), 3);
Op_IsMap:
  TEST(SRC(2).isMap(), 3);
Op_IsBoolean: {
  Term T = SRC(2);
  TEST(T == atomTerm(atoms::True) || T == atomTerm(atoms::False), 3);
}
Op_IsFunction: {
  Term T = SRC(2);
  TEST(T.isBoxedKind(HeaderKind::Fun) || T.isBoxedKind(HeaderKind::Export), 3);
}
Op_IsFunction2: {
  Term T = SRC(2), A = SRC(3);
  bool Ok = false;
  if (A.isSmall() && T.isBoxedKind(HeaderKind::Fun))
    Ok = SWord(viewFun(T).Arity) == A.smallValue();
  else if (A.isSmall() && T.isBoxedKind(HeaderKind::Export))
    Ok = Term::fromRaw(T.boxedObject()[3]) == A;
  TEST(Ok, 4);
}
Op_TestArity: {
  Term T = SRC(2);
  TEST(T.tupleArity() == I[3], 4);
}
Op_IsTaggedTuple: {
  Term T = SRC(2);
  TEST(T.isTuple() && T.tupleArity() == I[3] && T.tupleElement(0) == Term::fromRaw(I[4]), 5);
}
Op_SelectVal: {
  Term T = SRC(1);
  Word N = I[3];
  for (Word K = 0; K < N; K += 2)
    if (exactEq(T, Term::fromRaw(I[4 + K])))
      JUMP(I[5 + K]);
  JUMP(I[2]);
}
Op_SelectTupleArity: {
  Term T = SRC(1);
  if (T.isTuple()) {
    Word A = T.tupleArity(), N = I[3];
    for (Word K = 0; K < N; K += 2)
      if (I[4 + K] == A)
        JUMP(I[5 + K]);
  }
  JUMP(I[2]);
}
Op_Jump:
  JUMP(I[1]);

  // --- Tuples and lists --------------------------------------------------
Op_PutList: {
  Word *Hp = P.allocate(2);
  Hp[0] = SRC(1).raw();
  Hp[1] = SRC(2).raw();
  DST(3) = Term::cons(Hp);
  NEXT(4);
}
Op_TestHeapPutList: {
  ensureHeap(P, I[1], unsigned(I[2]));
  Word *Hp = P.allocate(2);
  Hp[0] = SRC(3).raw();
  Hp[1] = SRC(4).raw();
  DST(5) = Term::cons(Hp);
  NEXT(6);
}
Op_IsNonemptyGetList: {
  Term L = SRC(2);
  if (!L.isCons())
    JUMP(I[1]);
  Term H = L.head(), T = L.tail();
  DST(4) = H;
  DST(5) = T;
  NEXT(6);
}
Op_IsNonemptyGetListXXX: {
  Term L = P.X[I[2] >> 8];
  if (!L.isCons())
    JUMP(I[1]);
  Term H = L.head(), T = L.tail();
  P.X[I[4] >> 8] = H;
  P.X[I[5] >> 8] = T;
  NEXT(6);
}
Op_GetListXXX: {
  Term L = P.X[I[1] >> 8];
  Term H = L.head(), T = L.tail();
  P.X[I[2] >> 8] = H;
  P.X[I[3] >> 8] = T;
  NEXT(4);
}
Op_GetList: {
  Term L = SRC(1);
  Term H = L.head(), T = L.tail();
  DST(2) = H;
  DST(3) = T;
  NEXT(4);
}
Op_GetHd:
  DST(2) = SRC(1).head();
  NEXT(3);
Op_GetTl:
  DST(2) = SRC(1).tail();
  NEXT(3);
Op_GetTupleElement:
  DST(3) = SRC(1).tupleElement(I[2]);
  NEXT(4);
Op_GetTupleElementXX:
  P.X[I[3] >> 8] = P.X[I[1] >> 8].tupleElement(I[2]);
  NEXT(4);
Op_GetTupleElementPair: {
  Term T = SRC(1);
  DST(3) = T.tupleElement(I[2]);
  DST(6) = T.tupleElement(I[5]);
  NEXT(7);
}
Op_GetTupleElementPairXX: {
  Term T = P.X[I[1] >> 8];
  P.X[I[3] >> 8] = T.tupleElement(I[2]);
  P.X[I[6] >> 8] = T.tupleElement(I[5]);
  NEXT(7);
}
Op_SetTupleElement: {
  Term T = SRC(2);
  T.boxedObject()[1 + I[3]] = SRC(1).raw();
  NEXT(4);
}
Op_PutTuple2: {
  Word N = I[2];
  Word *Hp = P.allocate(N + 1);
  Hp[0] = makeHeader(HeaderKind::Tuple, N);
  for (Word K = 0; K < N; ++K)
    Hp[1 + K] = SRC(3 + K).raw();
  DST(1) = Term::boxed(Hp);
  NEXT(3 + N);
}
Op_PutTuple: {
  // Deprecated: put_tuple Arity Dst, then Arity `put` instructions.
  Word N = I[1];
  Word *Hp = P.allocate(N + 1);
  Hp[0] = makeHeader(HeaderKind::Tuple, N);
  Term &D = DST(2);
  I += 3;
  for (Word K = 0; K < N; ++K, I += 2)
    Hp[1 + K] = readSource(P, I[1]).raw();
  D = Term::boxed(Hp);
  DISPATCH();
}
Op_Put:
  NEXT(2);
Op_UpdateRecord: {
  // update_record Hint Size Src Dst {list, [Index, Value, ...]}
  // The compiler has checked that Src is a tuple of Size elements; a file
  // that breaks that promise gets badarg, never a write out of bounds.
  Term Src = SRC(3);
  Word Pairs = I[5];
  if (!Src.isTuple() || Src.tupleArity() != I[2] || Pairs % 2) {
    P.badarg();
    FAIL_HERE();
  }
  Word N = Src.tupleArity();
  for (Word K = 0; K < Pairs; K += 2) {
    Term Index = Term::fromRaw(I[6 + K]);
    if (!Index.isSmall() || Index.smallValue() < 1 || Word(Index.smallValue()) > N) {
      P.badarg();
      FAIL_HERE();
    }
  }
  Word *Hp = P.allocate(N + 1);
  std::memcpy(Hp, Src.boxedObject(), (N + 1) * sizeof(Word));
  for (Word K = 0; K < Pairs; K += 2)
    Hp[Term::fromRaw(I[6 + K]).smallValue()] = SRC(7 + K).raw();
  DST(4) = Term::boxed(Hp);
  NEXT(6 + Pairs);
}

  // --- BIFs --------------------------------------------------------------
Op_Bif0: {
  Export *Ex = reinterpret_cast<Export *>(I[1]);
  Term R = Ex->Bif ? Ex->Bif(P, P.X) : P.raiseError(atomTerm(atoms::Undef));
  if (R == NoValue) {
    Site = ErrorSite();
    Site.PC = I;
    Site.Bif = Ex;
    goto Error;
  }
  DST(2) = R;
  NEXT(3);
}
Op_Bif1:
  Variant = 1;
  goto BifCommon;
Op_Bif2:
  Variant = 2;
  goto BifCommon;
Op_GcBif1:
  Variant = 11;
  goto BifCommon;
Op_GcBif2:
  Variant = 12;
  goto BifCommon;
Op_GcBif3:
  Variant = 13;
BifCommon: {
  Opcode Op = Variant < 10 ? (Variant == 1 ? Opcode::Bif1 : Opcode::Bif2) : Opcode::GcBif1;
  unsigned NArgs = Variant % 10, Base = Variant < 10 ? 3 : 4;
  Export *Ex = reinterpret_cast<Export *>(I[Base - 1]);
  Term Args[3];
  for (unsigned K = 0; K < NArgs; ++K)
    Args[K] = SRC(Base + K);
  Term R = Ex->Bif ? Ex->Bif(P, Args) : P.raiseError(atomTerm(atoms::Undef));
  if (R == NoValue) {
    if (I[1])
      JUMP(I[1]);
    Site = ErrorSite();
    Site.PC = I;
    if (Op != Opcode::GcBif1 || !isIncrement(Ex, I + Base)) {
      Site.Bif = Ex;
      for (unsigned K = 0; K < NArgs; ++K)
        BifArgs[K] = Args[K];
      Site.Args = BifArgs;
      Site.Arity = NArgs;
    }
    goto Error;
  }
  DST(Base + NArgs) = R;
  NEXT(Base + NArgs + 1);
}

  // Fast paths of gc_bif2 (operands: Fail Live Bif A B Dst); anything they
  // do not cover takes the generic path, which raises as erl does.
#define GC_ARITH(SmallPath, FloatPath)                                                             \
  do {                                                                                             \
    Term A = SRC(4), B = SRC(5);                                                                   \
    SmallPath;                                                                                     \
    FloatPath;                                                                                     \
    Variant = 12;                                                                                  \
    goto BifCommon;                                                                                \
  } while (0)
  // Two smalls, X and Y, when `Compute` stores a small result in R.
#define SMALL_PATH(Compute)                                                                        \
  if (((A.raw() & B.raw()) & 0xF) == 0xF) {                                                        \
    SWord X = A.smallValue(), Y = B.smallValue(), R;                                               \
    if (Compute) {                                                                                 \
      DST(6) = Term::small(R);                                                                     \
      NEXT(7);                                                                                     \
    }                                                                                              \
  }
  // + and - of two smalls work on the tagged words: a small is V << 4 | 0xF,
  // so A + (B - 0xF) is the tagged sum, and overflowing 64 bits is exactly
  // leaving the small range.
#define TAGGED_PATH(Builtin)                                                                       \
  if (SWord R; ((A.raw() & B.raw()) & 0xF) == 0xF &&                                               \
               !Builtin(SWord(A.raw()), SWord(B.raw() - 0xF), &R)) {                               \
    DST(6) = Term::fromRaw(Word(R));                                                               \
    NEXT(7);                                                                                       \
  }
  // Two floats with a finite result (else badarith from the generic path).
#define FLOAT_PATH(Op)                                                                             \
  if (A.isFloat() && B.isFloat()) {                                                                \
    double R = A.floatValue() Op B.floatValue();                                                   \
    if (std::isfinite(R)) {                                                                        \
      DST(6) = makeFloatOn(P, R);                                                                  \
      NEXT(7);                                                                                     \
    }                                                                                              \
  }
  // A register and a small literal: only the register's tag is tested.
#define TAGGED_ARITH_RC(Builtin, Generic)                                                          \
  do {                                                                                             \
    Term A = destination(P, I[4]);                                                                 \
    SWord R;                                                                                       \
    if (A.isSmall() && !Builtin(SWord(A.raw()), SWord(I[5] - 0xF), &R)) {                          \
      DST(6) = Term::fromRaw(Word(R));                                                             \
      NEXT(7);                                                                                     \
    }                                                                                              \
    goto Generic;                                                                                  \
  } while (0)
Op_GcAddRC:
  TAGGED_ARITH_RC(__builtin_add_overflow, Op_GcAdd);
Op_GcSubRC:
  TAGGED_ARITH_RC(__builtin_sub_overflow, Op_GcSub);
Op_GcAdd:
  GC_ARITH(TAGGED_PATH(__builtin_add_overflow), FLOAT_PATH(+));
Op_GcSub:
  GC_ARITH(TAGGED_PATH(__builtin_sub_overflow), FLOAT_PATH(-));
Op_GcMul:
  GC_ARITH(SMALL_PATH(!__builtin_mul_overflow(X, Y, &R) && Term::fitsSmall(R)), FLOAT_PATH(*));
Op_GcBand:
  GC_ARITH(SMALL_PATH(((R = X & Y), true)), );
Op_GcBor:
  GC_ARITH(SMALL_PATH(((R = X | Y), true)), );
Op_GcBsr:
  GC_ARITH(SMALL_PATH(Y >= 0 && Y < 64 && ((R = X >> Y), true)), );
Op_GcRem:
  GC_ARITH(SMALL_PATH(Y != 0 && ((R = X % Y), true)), );
Op_GcDiv:
  GC_ARITH(SMALL_PATH(Y != 0 && Y != -1 && ((R = X / Y), true)), );
#undef TAGGED_ARITH_RC
#undef GC_ARITH
#undef SMALL_PATH
#undef TAGGED_PATH
#undef FLOAT_PATH
Op_BifElement: {
  // bif2 Fail erlang:element/2 Index Tuple Dst.
  Term N = SRC(3), T = SRC(4);
  if (N.isSmall() && T.isTuple() && N.smallValue() >= 1 && Word(N.smallValue()) <= T.tupleArity()) {
    DST(5) = T.tupleElement(Word(N.smallValue() - 1));
    NEXT(6);
  }
  Variant = 2;
  goto BifCommon;
}

Op_HibernateWait:
  // erlang:hibernate/3, the stack gone: M:F(Args) (in x registers) is
  // called once a message is in the queue.
  if (Mail.resetCursor)
    Mail.resetCursor(P);
  if (Mail.peek && Mail.peek(P) == NoValue) {
    S.LiveX = S.HibernateTarget->Arity;
    S.IP = HibernateWaitCode;
    RETURN_OUTCOME(Wait);
  }
  Ex = S.HibernateTarget;
  Next = nullptr;
  Site = ErrorSite();
  goto DynamicCall;

Op_DirtyCall:
  // On the dirty pool: the blocking BIF call the process stopped at (see
  // RunOutcome::Dirty), made as on a scheduler; `OnDirty` yields after it.
  Ex = S.DirtyBif;
  Next = S.DirtyNext;
  I = S.DirtySite;
  Site = ErrorSite();
  Site.PC = I;
  goto CallResolved;

Op_Send: {
  static Export *SendEx =
      &ExportTable::get().entry(am::Erlang, am::Send, 2);
  Term R = SendEx->Bif ? SendEx->Bif(P, P.X) : P.raiseError(atomTerm(atoms::Undef));
  if (R == NoValue) {
    Site = ErrorSite();
    Site.PC = I;
    Site.Bif = SendEx;
    Site.Args = P.X;
    Site.Arity = 2;
    goto Error;
  }
  P.X[0] = R;
  if (--Reds <= 0) {
    S.LiveX = 1;
    S.IP = I + 1;
    RETURN_OUTCOME(Yield);
  }
  NEXT(1);
}

  // --- Exceptions --------------------------------------------------------
Op_Badmatch:
  RAISE_TUPLE(Badmatch, SRC(1));
Op_CaseEnd:
  RAISE_TUPLE(CaseClause, SRC(1));
Op_TryCaseEnd:
  RAISE_TUPLE(TryClause, SRC(1));
Op_Badrecord:
  RAISE_TUPLE(Badrecord, SRC(1));
Op_IfEnd:
  P.raiseError(am::IfClause);
  FAIL_HERE();

Op_Catch:
Op_Try:
  DST(1) = Term::fromRaw(I[2]);
  NEXT(3);
Op_TryEnd:
  DST(1) = Term::nil();
  NEXT(2);
Op_CatchEnd:
  DST(1) = Term::nil();
  if (P.X[0] == NoValue)
    P.X[0] = catchValue(P, P.X[3], P.X[1], P.X[2]);
  NEXT(2);
Op_TryCase:
  DST(1) = Term::nil();
  P.X[0] = P.X[3];
  NEXT(2);
Op_Raise: {
  Term Trace = SRC(1), Value = SRC(2);
  Term Raw = Trace;
  Term Class = atomTerm(atoms::Error);
  if (Raw.isTuple() && Raw.tupleArity() == 2) {
    Class = Raw.tupleElement(0);
    Trace = Raw.tupleElement(1);
  }
  raiseWithClass(P, Class, Value, Trace);
  FAIL_HERE();
}
Op_RawRaise:
  if (!raiseWithClass(P, P.X[0], P.X[1], stacktraceList(P.X[2]))) {
    P.X[0] = atomTerm(atoms::Badarg);
    NEXT(1);
  }
  FAIL_HERE();
Op_BuildStacktrace:
  P.X[0] = stacktraceList(P.X[0]);
  NEXT(1);

  // --- Funs --------------------------------------------------------------
Op_MakeFun2: {
  const FunEntry &F = *reinterpret_cast<const FunEntry *>(I[1]);
  P.X[0] = makeClosure(P, F, P.X);
  NEXT(2);
}
Op_MakeFun3: {
  const FunEntry &F = *reinterpret_cast<const FunEntry *>(I[1]);
  Word N = I[3];
  // Uninitialised storage: a Term array would be set to nil on every call.
  alignas(Term) unsigned char Storage[256 * sizeof(Term)];
  Term *Free = reinterpret_cast<Term *>(Storage);
  for (Word K = 0; K < N; ++K)
    Free[K] = SRC(4 + K);
  DST(2) = makeClosure(P, F, Free);
  NEXT(4 + N);
}

  // --- Maps --------------------------------------------------------------
Op_PutMapAssoc:
  Variant = 0;
  goto PutMapCommon;
Op_PutMapExact:
  Variant = 1;
PutMapCommon: {
  bool Exact = Variant == 1;
  Term M = SRC(2);
  Word N = I[5];
  Term R = putMap(P, M, I + 6, unsigned(N), Exact);
  if (R == NoValue) {
    if (I[1])
      JUMP(I[1]);
    FAIL_HERE();
  }
  DST(3) = R;
  NEXT(6 + N);
}
Op_HasMapFields: {
  Word N = I[3];
  Term M = SRC(2);
  if (!M.isMap() || !hasMapFields(P, M, I + 4, unsigned(N)))
    JUMP(I[1]);
  NEXT(4 + N);
}
Op_GetMapElements: {
  Word N = I[3];
  Term M = SRC(2);
  if (!M.isMap() || !getMapElements(P, M, I + 4, unsigned(N)))
    JUMP(I[1]);
  NEXT(4 + N);
}

  // --- Floats ------------------------------------------------------------
Op_Fmove: {
  Word S1 = I[1], D1 = I[2];
  if ((S1 & 0xFF) == (3 << 2)) {
    double V = P.FR[S1 >> 8];
    if ((D1 & 0xFF) == (3 << 2))
      P.FR[D1 >> 8] = V;
    else
      destination(P, D1) = makeFloatOn(P, V);
  } else {
    P.FR[D1 >> 8] = readSource(P, S1).floatValue();
  }
  NEXT(3);
}
Op_FmoveToFloat:
  P.FR[I[2] >> 8] = SRC(1).floatValue();
  NEXT(3);
Op_FmoveFromFloat:
  DST(2) = makeFloatOn(P, P.FR[I[1] >> 8]);
  NEXT(3);
Op_Fconv: {
  double D;
  if (!toDouble(SRC(1), D)) {
    P.raiseError(atomTerm(atoms::Badarith));
    FAIL_HERE();
  }
  P.FR[I[2] >> 8] = D;
  NEXT(3);
}
  // Float arithmetic on float registers: Fail A B Dst. A result that is
  // not finite raises badarith, as erl's checks do.
#define FLOAT_OP(Expr)                                                                             \
  do {                                                                                             \
    double A = P.FR[I[2] >> 8], B = P.FR[I[3] >> 8];                                               \
    double R = (Expr);                                                                             \
    if (!std::isfinite(R)) [[unlikely]] {                                                          \
      P.raiseError(atomTerm(atoms::Badarith));                                                     \
      FAIL_HERE();                                                                                 \
    }                                                                                              \
    P.FR[I[4] >> 8] = R;                                                                           \
    NEXT(5);                                                                                       \
  } while (0)
Op_Fadd:
  FLOAT_OP(A + B);
Op_Fsub:
  FLOAT_OP(A - B);
Op_Fmul:
  FLOAT_OP(A * B);
Op_Fdiv:
  FLOAT_OP(A / B);
#undef FLOAT_OP
Op_Fnegate:
  P.FR[I[3] >> 8] = -P.FR[I[2] >> 8];
  NEXT(4);
Op_Fclearerror:
  NEXT(1);
Op_Fcheckerror:
  NEXT(2);

  // --- Receive -----------------------------------------------------------
Op_LoopRec: {
  Term M;
  if (RuntimeMailbox) [[likely]] {
    Message *Msg = P.Mail.peek();
    M = Msg ? Msg->Payload : NoValue;
  } else {
    M = Mail.peek ? Mail.peek(P) : NoValue;
  }
  if (M == NoValue)
    JUMP(I[1]);
  P.X[0] = M;
  NEXT(3);
}
Op_LoopRecEnd:
  if (RuntimeMailbox) [[likely]]
    P.Mail.advance();
  else if (Mail.advance)
    Mail.advance(P);
  --Reds;
  JUMP(I[1]);
Op_LoopRecEndNext: {
  // I[1] is the loop_rec: Fail Dst (or Filter) words follow its handler.
  const Word *Loop = reinterpret_cast<const Word *>(I[1]);
  --Reds;
  if (!RuntimeMailbox) [[unlikely]] {
    if (Mail.advance)
      Mail.advance(P);
    JUMP(Loop);
  }
  P.Mail.advance();
  Message *Msg = Loop[0] == reinterpret_cast<Word>(&&Op_LoopRecFiltered)
                     ? firstPassing(P, *reinterpret_cast<const ReceiveFilter *>(Loop[2]), Reds)
                     : P.Mail.peek();
  if (!Msg)
    JUMP(Loop[1]);
  P.X[0] = Msg->Payload;
  I = Loop + 3;
  DISPATCH();
}
Op_LoopRecFiltered: {
  if (!RuntimeMailbox) [[unlikely]]
    goto Op_LoopRec; // The filter is only a shortcut.
  Message *Msg = firstPassing(P, *reinterpret_cast<const ReceiveFilter *>(I[2]), Reds);
  if (!Msg)
    JUMP(I[1]);
  P.X[0] = Msg->Payload;
  NEXT(3);
}
Op_RemoveMessage:
  if (Mail.remove)
    Mail.remove(P);
  S.TimerActive = S.WaitForever = false;
  S.TimedOut = false;
  NEXT(1);
Op_Timeout:
  if (Mail.resetCursor)
    Mail.resetCursor(P);
  S.TimerActive = S.WaitForever = false;
  S.TimedOut = false;
  NEXT(1);
Op_Wait:
  S.LiveX = 0;
  S.IP = reinterpret_cast<const Word *>(I[1]);
  S.TimerActive = false;
  RETURN_OUTCOME(Wait);
Op_WaitTimeout: {
  if (S.TimedOut) {
    S.TimedOut = false;
    S.TimerActive = false;
    NEXT(3);
  }
  // The timeout is read at the first wait of a receive only: no x register
  // lives across a wait, so the operand may be gone when the loop comes back.
  S.LiveX = 0;
  if (S.TimerActive || S.WaitForever) {
    S.IP = reinterpret_cast<const Word *>(I[1]);
    RETURN_OUTCOME(Wait);
  }
  Term T = SRC(2);
  if (T == atomTerm(atoms::Infinity)) {
    S.WaitForever = true;
    S.IP = reinterpret_cast<const Word *>(I[1]);
    RETURN_OUTCOME(Wait);
  }
  // As erl: a timeout is 0..16#FFFFFFFF milliseconds (about 49.7 days).
  if (!T.isSmall() || T.smallValue() < 0 || T.smallValue() > SWord(0xFFFFFFFF)) {
    P.raiseError(am::TimeoutValue);
    FAIL_HERE();
  }
  if (T == Term::small(0))
    NEXT(3);
  if (!S.TimerActive) {
    S.TimerActive = true;
    SWord Ms = T.smallValue();
    S.Deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(Ms);
  }
  S.IP = reinterpret_cast<const Word *>(I[1]);
  RETURN_OUTCOME(Wait);
}
Op_RecvMark:
Op_RecvSet:
  NEXT(2);
Op_RecvMarkerReserve:
  DST(1) = Mail.reserveMarker ? Mail.reserveMarker(P) : Term::small(0);
  NEXT(2);
Op_RecvMarkerBind:
  if (Mail.bindMarker)
    Mail.bindMarker(P, SRC(1), SRC(2));
  NEXT(3);
Op_RecvMarkerClear:
  if (Mail.clearMarker)
    Mail.clearMarker(P, SRC(1));
  NEXT(2);
Op_RecvMarkerUse:
  if (Mail.useMarker)
    Mail.useMarker(P, SRC(1));
  NEXT(2);

  // --- Binaries ----------------------------------------------------------
Op_BsCreateBin: {
  // bs_create_bin Fail Alloc Live Unit Dst {list, Segments}
  Word N = I[6];
  // A collection point, as in erl: room for the result's header words
  // (a heap binary of up to 64 bytes, or a ProcBin and a sub binary), so
  // they need no heap fragment.
  ensureHeap(P, I[2] + 16, unsigned(I[3]));
  Site = ErrorSite();
  Site.PC = I;
  Term R = createBinary(P, I + 7, unsigned(N), Site);
  if (R == NoValue) {
    if (I[1])
      JUMP(I[1]);
    goto Error;
  }
  DST(5) = R;
  NEXT(7 + N);
}
Op_BsStartMatch3:
  Variant = 3;
  goto StartMatch;
Op_BsStartMatch4:
  Variant = 4;
StartMatch: {
  bool Four = Variant == 4;
  Word Fail = I[1];
  Term Src = Four ? SRC(3) : SRC(2);
  Term R = startMatch(P, Src);
  if (R == NoValue) {
    if (Fail & 3 || Fail == 0) {
      P.badarg();
      FAIL_HERE();
    }
    JUMP(Fail);
  }
  DST(4) = R;
  NEXT(5);
}
Op_BsGetInteger2:
  Variant = 0;
  goto BsGet;
Op_BsGetFloat2:
  Variant = 1;
  goto BsGet;
Op_BsGetBinary2:
  Variant = 2;
BsGet: {
  unsigned Kind = Variant;
  Term R = bsGet(P, Kind, SRC(2), SRC(4), unsigned(I[5]), unsigned(I[6]));
  if (R == NoValue) {
    if (P.ExcReason == atomTerm(atoms::SystemLimit)) {
      P.ExcReason = Term::nil();
      FAIL_HERE();
    }
    JUMP(I[1]);
  }
  DST(7) = R;
  NEXT(8);
}
Op_BsSkipBits2:
  TEST(bsSkip(P, SRC(2), SRC(3), unsigned(I[4])), 6);
Op_BsTestTail2:
  TEST(bsTestTail(SRC(2), I[3]), 4);
Op_BsTestUnit:
  TEST(bsTestUnit(SRC(2), unsigned(I[3])), 4);
Op_BsMatchString: {
  const LoadedModule *M = CodeServer::get().locate(I).Module;
  const unsigned char *Bytes = M->Beam->Strings.data() + I[4];
  TEST(bsMatchString(SRC(2), Bytes, I[3]), 5);
}
Op_BsGetTail:
  DST(2) = bsGetTail(P, SRC(1));
  NEXT(4);
Op_BsGetPosition:
  DST(2) = bsPosition(SRC(1));
  NEXT(4);
Op_BsSetPosition:
  bsSetPosition(SRC(1), SRC(2));
  NEXT(3);
Op_BsGetUtf8:
  Variant = 8;
  goto BsGetUtf;
Op_BsGetUtf16:
  Variant = 16;
  goto BsGetUtf;
Op_BsGetUtf32:
  Variant = 32;
BsGetUtf: {
  unsigned W = Variant;
  Term R = bsGetUtf(P, SRC(2), W, unsigned(I[4]), false);
  if (R == NoValue)
    JUMP(I[1]);
  DST(5) = R;
  NEXT(6);
}
Op_BsSkipUtf8:
  Variant = 8;
  goto BsSkipUtf;
Op_BsSkipUtf16:
  Variant = 16;
  goto BsSkipUtf;
Op_BsSkipUtf32:
  Variant = 32;
BsSkipUtf: {
  unsigned W = Variant;
  TEST(bsGetUtf(P, SRC(2), W, unsigned(I[4]), true) != NoValue, 5);
}

  // Deprecated or not-yet-supported instructions: the translator refuses
  // modules that contain them, so these are never reached.
Op_MPlus:
Op_MMinus:
Op_MTimes:
Op_MDiv:
Op_IntDiv:
Op_IntRem:
Op_IntBand:
Op_IntBor:
Op_IntBxor:
Op_IntBsl:
Op_IntBsr:
Op_IntBnot:
Op_PutString:
Op_MakeFun:
Op_BsStartMatch:
Op_BsGetInteger:
Op_BsGetFloat:
Op_BsGetBinary:
Op_BsSkipBits:
Op_BsTestTail:
Op_BsSave:
Op_BsRestore:
Op_BsInit:
Op_BsFinal:
Op_BsNeedBuf:
Op_BsBitsToBytes:
Op_BsStartMatch2:
Op_BsSave2:
Op_BsRestore2:
Op_BsFinal2:
Op_BsBitsToBytes2:
Op_PutLiteral:
Op_BsContextToBinary:
  P.raiseError(atomTerm(atoms::Badarg));
  FAIL_HERE();

  // --- Binary construction of OTP 24 and earlier -------------------------
  // Fail 0 raises badarg (the helpers raise system_limit themselves).
#define BS_FAIL()                                                                                  \
  do {                                                                                             \
    if (I[1])                                                                                      \
      JUMP(I[1]);                                                                                  \
    P.badarg();                                                                                    \
    FAIL_HERE();                                                                                   \
  } while (0)
#define BS_PUT_OR_FAIL(Cond, Len)                                                                  \
  do {                                                                                             \
    if (!(Cond))                                                                                   \
      BS_FAIL();                                                                                   \
    NEXT(Len);                                                                                     \
  } while (0)
Op_BsInit2: // Fail Size Words Live Flags Dst; the size in bytes
  Variant = 8;
  goto BsInit;
Op_BsInitBits: // ... in bits
  Variant = 1;
BsInit : {
  ensureHeap(P, I[3], unsigned(I[4]));
  Term R = bsInit(P, SRC(2), Variant);
  if (R == NoValue) {
    if (I[1] && P.ExcReason == atomTerm(atoms::Badarg))
      JUMP(I[1]);
    FAIL_HERE();
  }
  DST(6) = R;
  NEXT(7);
}
Op_BsAppend: { // Fail Size Extra Live Unit Bin Flags Dst
  ensureHeap(P, I[3], unsigned(I[4]));
  Term R = bsAppend(P, SRC(6), SRC(2), unsigned(I[5]));
  if (R == NoValue)
    BS_FAIL();
  DST(8) = R;
  NEXT(9);
}
Op_BsPrivateAppend: { // Fail Size Unit Bin Flags Dst
  Term R = bsAppend(P, SRC(4), SRC(2), unsigned(I[3]));
  if (R == NoValue)
    BS_FAIL();
  DST(6) = R;
  NEXT(7);
}
Op_BsPutInteger: // Fail Size Unit Flags Src
  BS_PUT_OR_FAIL(bsPut(0, SRC(2), unsigned(I[3]), unsigned(I[4]), SRC(5)), 6);
Op_BsPutFloat:
  BS_PUT_OR_FAIL(bsPut(1, SRC(2), unsigned(I[3]), unsigned(I[4]), SRC(5)), 6);
Op_BsPutBinary:
  BS_PUT_OR_FAIL(bsPut(2, SRC(2), unsigned(I[3]), unsigned(I[4]), SRC(5)), 6);
Op_BsPutString: { // Length {string, Offset}
  const std::vector<unsigned char> &Strings = CodeServer::get().locate(I).Module->Beam->Strings;
  if (I[2] > Strings.size() || Strings.size() - I[2] < I[1] || !bsPutBytes(Strings.data() + I[2], I[1])) {
    P.badarg();
    FAIL_HERE();
  }
  NEXT(3);
}
Op_BsPutUtf8: // Fail Flags Src
  BS_PUT_OR_FAIL(bsPutUtf(SRC(3), 8, unsigned(I[2])), 4);
Op_BsPutUtf16:
  BS_PUT_OR_FAIL(bsPutUtf(SRC(3), 16, unsigned(I[2])), 4);
Op_BsPutUtf32:
  BS_PUT_OR_FAIL(bsPutUtf(SRC(3), 32, unsigned(I[2])), 4);
Op_BsUtf8Size: // Fail Src Dst
  Variant = 8;
  goto BsUtfSize;
Op_BsUtf16Size:
  Variant = 16;
BsUtfSize : {
  Term R = bsUtfSize(SRC(2), Variant);
  if (R == NoValue)
    BS_FAIL();
  DST(3) = R;
  NEXT(4);
}
Op_BsAdd: { // Fail Src1 Src2 Unit Dst: Src1 + Src2 * Unit, sizes in bits
  Term A = SRC(2), B = SRC(3);
  SWord R;
  if (!A.isSmall() || !B.isSmall() || A.smallValue() < 0 || B.smallValue() < 0 ||
      __builtin_mul_overflow(B.smallValue(), SWord(I[4]), &R) ||
      __builtin_add_overflow(R, A.smallValue(), &R) || !Term::fitsSmall(R)) {
    if (A.isSmall() && B.isSmall() && A.smallValue() >= 0 && B.smallValue() >= 0) {
      P.raiseError(atoms::SystemLimit);
      FAIL_HERE();
    }
    BS_FAIL();
  }
  DST(5) = Term::small(R);
  NEXT(6);
}
#undef BS_PUT_OR_FAIL
#undef BS_FAIL
Op_BsMatch: // Fail Ctx {list, Commands}
  switch (bsMatch(P, SRC(2), I + 4, I[3])) {
  case BsMatchResult::Matched:
    NEXT(4 + I[3]);
  case BsMatchResult::Failed:
    JUMP(I[1]);
  case BsMatchResult::Malformed:
    break;
  }
  P.raiseError(atomTerm(atoms::Badarg));
  FAIL_HERE();

Error:
  if (const Word *Handler = handleException(P, S, Site)) {
    I = Handler;
    DISPATCH();
  }
  RETURN_OUTCOME(Exit);
#undef RETURN_OUTCOME
}

/// Fills in the handler table (the first call of `interpret` does), once.
static void initHandlers() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    Process Dummy;
    RunState S;
    interpret(Dummy, S, 0);
  });
}

Word beamr::handlerFor(unsigned Op) {
  if (!Handlers) [[unlikely]]
    initHandlers();
  return reinterpret_cast<Word>(Handlers[Op]);
}

const Word *beamr::hibernateWaitAddress() {
  initHandlers();
  return HibernateWaitCode;
}

const Word *beamr::normalExitAddress() {
  initHandlers();
  return NormalExitCode;
}

const Word *beamr::applyEntryAddress(unsigned Arity) {
  initHandlers();
  return ApplyEntryCode[Arity];
}
