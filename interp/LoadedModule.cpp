//===- interp/LoadedModule.cpp - Translating a module to threaded code ----===//
///
/// \file
/// One pass over the generic instructions emits handler addresses and
/// encoded operands (see LoadedModule.h); a second patches label addresses
/// and catch markers. `line` becomes an entry of the line table, each
/// function entry gets a `func_entry` counter. Exports are not published
/// here: the code server publishes them once the module is registered, so
/// another scheduler thread that calls one can already map its code back.
//===----------------------------------------------------------------------===//
#include "beamr/Interp/LoadedModule.h"

#include "beamr/Interp/Interpreter.h"
#include "beamr/Term/Atom.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>

using namespace beamr;

namespace {
/// The catch handler table: appended to by loading (under CatchLock, any
/// thread) and read without a lock by every thread that catches, so it is
/// a directory of fixed chunks that never move, published with atomics.
constexpr std::size_t CatchChunkBits = 12, CatchChunkSize = std::size_t(1) << CatchChunkBits;
constexpr std::size_t MaxCatchChunks = 4096;
std::mutex CatchLock;
std::atomic<const Word **> CatchChunks[MaxCatchChunks];
std::size_t NumCatches = 0; ///< Under CatchLock.
} // namespace

Term beamr::registerCatch(const Word *Handler) {
  std::lock_guard<std::mutex> G(CatchLock);
  std::size_t N = NumCatches++;
  if (N >> CatchChunkBits >= MaxCatchChunks) {
    std::fprintf(stderr, "beamr-jit: too many catch instructions loaded\n");
    std::abort();
  }
  std::atomic<const Word **> &Chunk = CatchChunks[N >> CatchChunkBits];
  if (!Chunk.load(std::memory_order_relaxed))
    Chunk.store(new const Word *[CatchChunkSize], std::memory_order_release);
  // The slot is written before the module's code (holding the index) is
  // published through an export's atomic Code, which orders it for readers.
  Chunk.load(std::memory_order_relaxed)[N & (CatchChunkSize - 1)] = Handler;
  return Term::catchIndex(std::uint32_t(N));
}

const Word *beamr::catchHandler(Term Catch) {
  std::size_t N = std::size_t(Catch.raw() >> 6);
  return CatchChunks[N >> CatchChunkBits].load(std::memory_order_acquire)[N & (CatchChunkSize - 1)];
}

const LoadedFunction *LoadedModule::functionAt(const Word *P) const {
  if (!contains(P))
    return nullptr;
  std::uint32_t Off = std::uint32_t(P - Code.get());
  auto It = std::upper_bound(Functions.begin(), Functions.end(), Off,
                             [](std::uint32_t O, const LoadedFunction &F) { return O < F.Start; });
  if (It == Functions.begin())
    return nullptr;
  --It;
  return Off < It->End ? &*It : nullptr;
}

std::uint32_t LoadedModule::lineAt(const Word *P) const {
  std::uint32_t Off = std::uint32_t(P - Code.get());
  auto It = std::upper_bound(LineMarks.begin(), LineMarks.end(), Off,
                             [](std::uint32_t O, const auto &M) { return O < M.first; });
  if (It == LineMarks.begin())
    return 0;
  return std::prev(It)->second;
}

/// The specialised handler for a generic instruction with these operand
/// words (`W[0]` is the generic handler), or 0 to keep the generic one.
static unsigned specialisedOp(Opcode Op, const Word *W) {
  auto IsX = [](Word O) { return (O & 0xFF) == XRegTag; };
  auto IsY = [](Word O) { return (O & 0xFF) == YRegTag; };
  auto IsConst = [](Word O) { return (O & 3) != 0; };
  auto IsSmall = [](Word O) { return (O & 0xF) == 0xF; };
  struct BifOp {
    Export *E;
    InternalOp Op;
  };
  static const auto GcOps = [] {
    auto Entry = [](const char *Name) {
      return &ExportTable::get().entry(*AtomTable::get().intern("erlang"),
                                       *AtomTable::get().intern(Name), 2);
    };
    return std::vector<BifOp>{{Entry("+"), InternalOp::GcAdd},    {Entry("-"), InternalOp::GcSub},
                              {Entry("*"), InternalOp::GcMul},    {Entry("band"), InternalOp::GcBand},
                              {Entry("bor"), InternalOp::GcBor},  {Entry("bsr"), InternalOp::GcBsr},
                              {Entry("rem"), InternalOp::GcRem},  {Entry("div"), InternalOp::GcDiv}};
  }();
  static Export *const Element = &ExportTable::get().entry(
      *AtomTable::get().intern("erlang"), *AtomTable::get().intern("element"), 2);
  switch (Op) {
  case Opcode::Move:
    if (IsX(W[2])) {
      if (IsX(W[1]))
        return unsigned(InternalOp::MoveXX);
      if (IsY(W[1]))
        return unsigned(InternalOp::MoveYX);
      if (IsConst(W[1]))
        return unsigned(InternalOp::MoveCX);
    } else if (IsY(W[2]) && IsX(W[1])) {
      return unsigned(InternalOp::MoveXY);
    }
    return 0;
  case Opcode::GetList:
    return IsX(W[1]) && IsX(W[2]) && IsX(W[3]) ? unsigned(InternalOp::GetListXXX) : 0;
  case Opcode::GetTupleElement:
    return IsX(W[1]) && IsX(W[3]) ? unsigned(InternalOp::GetTupleElementXX) : 0;
  case Opcode::GcBif2: {
    // gc_bif2 Fail Live Bif A B Dst
    for (const BifOp &B : GcOps) {
      if (reinterpret_cast<Export *>(W[3]) != B.E)
        continue;
      if (!IsConst(W[4]) && IsSmall(W[5]) && (B.Op == InternalOp::GcAdd || B.Op == InternalOp::GcSub))
        return unsigned(B.Op == InternalOp::GcAdd ? InternalOp::GcAddRC : InternalOp::GcSubRC);
      return unsigned(B.Op);
    }
    return 0;
  }
  case Opcode::Bif2:
    return reinterpret_cast<Export *>(W[2]) == Element ? unsigned(InternalOp::BifElement) : 0;
  case Opcode::Fmove: {
    auto IsFloatReg = [](Word O) { return (O & 0xFF) == 3 << 2; };
    if (IsFloatReg(W[1]) && !IsFloatReg(W[2]))
      return unsigned(InternalOp::FmoveFromFloat);
    if (!IsFloatReg(W[1]) && IsFloatReg(W[2]))
      return unsigned(InternalOp::FmoveToFloat);
    return 0;
  }
  case Opcode::IsEqExact:
  case Opcode::IsNeExact: {
    // An immediate equals exactly only the same word.
    auto IsImmediate = [](Word O) { return (O & 3) == 3; };
    if (!IsImmediate(W[2]) && !IsImmediate(W[3]))
      return 0;
    return unsigned(Op == Opcode::IsEqExact ? InternalOp::IsEqExactImm : InternalOp::IsNeExactImm);
  }
  case Opcode::IsLt:
  case Opcode::IsGe: {
    bool Lt = Op == Opcode::IsLt;
    if (IsX(W[2]) && IsX(W[3]))
      return unsigned(Lt ? InternalOp::IsLtXX : InternalOp::IsGeXX);
    if (IsX(W[2]) && IsSmall(W[3]))
      return unsigned(Lt ? InternalOp::IsLtXC : InternalOp::IsGeXC);
    if (IsSmall(W[2]) && IsX(W[3]))
      return unsigned(Lt ? InternalOp::IsLtCX : InternalOp::IsGeCX);
    return 0;
  }
  default:
    return 0;
  }
}

/// Instructions of OTP 24 and earlier whose size (operand 1) is a register
/// or a plain number: the number becomes a small integer, so the handler
/// reads either with readSource (a plain 4 would read as x(0)).
static bool hasSizeSource(Opcode Op) {
  switch (Op) {
  case Opcode::BsInit2:
  case Opcode::BsInitBits:
  case Opcode::BsPutInteger:
  case Opcode::BsPutBinary:
  case Opcode::BsPutFloat:
  case Opcode::BsAppend:
  case Opcode::BsPrivateAppend:
    return true;
  default:
    return false;
  }
}

/// The MovePair variant for these four register operand words: the kinds
/// (x 0, y 1) make a 4-bit index into MovePairXXXX..MovePairYYYY.
static InternalOp movePairKind(Word S1, Word D1, Word S2, Word D2) {
  auto IsY = [](Word W) { return unsigned((W & 0xFC) == YRegTag); };
  unsigned Index = IsY(S1) << 3 | IsY(D1) << 2 | IsY(S2) << 1 | IsY(D2);
  return InternalOp(unsigned(InternalOp::MovePairXXXX) + Index);
}

namespace {
class Translator {
public:
  Translator(BeamModule &B, LoadedModule &LM) : B(B), LM(LM) {}
  llvm::Error run();

private:
  void operand(const Operand &O, const IndexedOperand *Idx, unsigned Pos);
  void emit(Word W) { Out.push_back(W); }
  BeamModule &B;
  LoadedModule &LM;
  std::vector<Word> Out;
  std::vector<std::pair<std::size_t, std::uint64_t>> LabelFixups, CatchFixups;
  std::vector<std::uint32_t> LabelOffset;
  std::vector<std::uint32_t> EntryOf; // label -> function index + 1
  std::vector<std::size_t> LocalCalls;  // starts of call/call_last/call_only
  std::vector<std::size_t> LoopRecEnds; // starts of loop_rec_end
  void fuse(Opcode Op, std::size_t Start);
  void fuseLocalCalls(Word *Code);
  // The instruction emitted just before the current one, unless a label
  // came between: fusing never crosses a label.
  static constexpr std::size_t NoPrev = ~std::size_t(0);
  std::size_t PrevStart = NoPrev;
  Opcode PrevOp = Opcode::Label;
};
} // namespace

void Translator::operand(const Operand &O, const IndexedOperand *Idx, unsigned Pos) {
  if (Idx && Idx->Position == Pos && O.kind() == OperandKind::Unsigned) {
    std::uint64_t N = O.unsignedValue();
    switch (Idx->Table) {
    case IndexedTable::Import: {
      const Import &Im = B.Imports[N];
      emit(reinterpret_cast<Word>(&ExportTable::get().entry(Im.Module, Im.Function, Im.Arity)));
      return;
    }
    case IndexedTable::Lambda:
      emit(reinterpret_cast<Word>(LM.Funs[N].get()));
      return;
    case IndexedTable::Line:
      emit(N);
      return;
    }
  }
  switch (O.kind()) {
  case OperandKind::Unsigned:
    emit(O.unsignedValue());
    return;
  case OperandKind::Integer:
  case OperandKind::Atom:
  case OperandKind::Nil:
    emit(O.term().raw());
    return;
  case OperandKind::XReg:
    emit(encodeX(O.reg()));
    return;
  case OperandKind::YReg:
    emit(encodeY(O.reg()));
    return;
  case OperandKind::FloatReg:
    emit(O.reg() << 8 | 3 << 2);
    return;
  case OperandKind::Label:
    LabelFixups.push_back({Out.size(), O.label()});
    emit(0);
    return;
  case OperandKind::Char:
    emit(Term::small(SWord(O.charValue())).raw());
    return;
  case OperandKind::Literal:
    emit(B.Literals[O.literalIndex()].raw());
    return;
  case OperandKind::List: {
    auto Elems = B.elements(O);
    emit(Elems.size());
    for (const Operand &E : Elems)
      operand(E, nullptr, 0);
    return;
  }
  case OperandKind::AllocList: {
    auto Elems = B.elements(O);
    // Pairs of (kind, count): words, floats, funs.
    Word Words = 0;
    for (std::size_t K = 0; K + 1 < Elems.size(); K += 2) {
      std::uint64_t Kind = Elems[K].unsignedValue(), N = Elems[K + 1].unsignedValue();
      Words += Kind == 0 ? N : Kind == 1 ? 2 * N : (1 + FunObject::FixedWords) * N;
    }
    emit(Words);
    return;
  }
  }
}

/// The label number of a `label` instruction.
static std::uint64_t labelNumber(const BeamModule &B, const Instruction &In) {
  const Operand &O = B.operands(In)[0];
  return O.kind() == OperandKind::Label ? O.label() : O.unsignedValue();
}

/// Whether label `Fail` holds a `loop_rec_end` back to label `Loop`, looked
/// for from instruction `From` to the end of the function.
static bool isLoopEnd(const BeamModule &B, std::size_t From, std::uint64_t Fail,
                      std::uint64_t Loop) {
  for (std::size_t K = From; K + 1 < B.Code.size(); ++K) {
    const Instruction &In = B.Code[K];
    if (In.Op == Opcode::FuncInfo || In.Op == Opcode::IntCodeEnd)
      return false;
    if (In.Op != Opcode::Label || labelNumber(B, In) != Fail)
      continue;
    const Instruction &Next = B.Code[K + 1];
    return Next.Op == Opcode::LoopRecEnd && B.operands(Next)[0].label() == Loop;
  }
  return false;
}

/// The filter of the receive loop whose `loop_rec` is instruction `At`, if
/// its body starts with `is_tagged_tuple` (or `is_tuple` and `test_arity`)
/// on the message failing to the loop's end. The tests that follow on the
/// straight path, up to the first instruction that is neither such a test
/// nor a `get_tuple_element` into an x register, add element conditions:
/// `is_eq_exact` of an element of the message with an immediate or a y
/// register. Each holds for every message the body takes, so a message
/// failing one is one it skips.
static std::unique_ptr<ReceiveFilter> receiveFilter(const BeamModule &B, std::size_t At) {
  if (At == 0 || B.Code[At - 1].Op != Opcode::Label || At + 1 >= B.Code.size())
    return nullptr;
  auto LoopOps = B.operands(B.Code[At]);
  if (LoopOps[1].kind() != OperandKind::XReg || LoopOps[1].reg() != 0)
    return nullptr;
  auto IsX0 = [](const Operand &O) { return O.kind() == OperandKind::XReg && O.reg() == 0; };
  const Instruction &First = B.Code[At + 1];
  auto Ops = B.operands(First);
  auto F = std::make_unique<ReceiveFilter>();
  std::size_t Body = At + 2;
  if (First.Op == Opcode::IsTaggedTuple && IsX0(Ops[1]) &&
      Ops[2].kind() == OperandKind::Unsigned && Ops[3].kind() == OperandKind::Atom) {
    F->Header = makeHeader(HeaderKind::Tuple, Ops[2].unsignedValue());
    F->Tag = Ops[3].term().raw();
  } else if (First.Op == Opcode::IsTuple && IsX0(Ops[1]) && At + 2 < B.Code.size() &&
             B.Code[At + 2].Op == Opcode::TestArity) {
    // is_tuple + test_arity ({Ref, Reply} in gen:call, say): no tag.
    auto Arity = B.operands(B.Code[At + 2]);
    if (Arity[0].label() != Ops[0].label() || !IsX0(Arity[1]) ||
        Arity[2].kind() != OperandKind::Unsigned)
      return nullptr;
    F->Header = makeHeader(HeaderKind::Tuple, Arity[2].unsignedValue());
    ++Body;
  } else {
    return nullptr;
  }
  std::uint64_t Fail = Ops[0].label();
  if (!isLoopEnd(B, Body, Fail, labelNumber(B, B.Code[At - 1])))
    return nullptr;
  // x register -> the message element it holds (x0 the message itself).
  std::vector<std::pair<std::uint64_t, std::uint32_t>> Holds;
  bool MessageInX0 = true;
  auto ElementIn = [&](const Operand &O) -> std::optional<std::uint32_t> {
    if (O.kind() != OperandKind::XReg)
      return std::nullopt;
    for (auto [R, E] : Holds)
      if (R == O.reg())
        return E;
    return std::nullopt;
  };
  auto Forget = [&](std::uint64_t R) {
    std::erase_if(Holds, [R](const auto &H) { return H.first == R; });
    if (R == 0)
      MessageInX0 = false;
  };
  for (std::size_t K = Body; K < B.Code.size() && F->Count < std::size(F->Elements); ++K) {
    const Instruction &In = B.Code[K];
    auto Ops = B.operands(In);
    switch (In.Op) {
    case Opcode::Line:
      continue;
    case Opcode::GetTupleElement: {
      if (Ops[2].kind() != OperandKind::XReg)
        return F;
      bool OfMessage = MessageInX0 && Ops[0].kind() == OperandKind::XReg && Ops[0].reg() == 0;
      std::uint64_t Dst = Ops[2].reg();
      Forget(Dst);
      if (OfMessage)
        Holds.push_back({Dst, std::uint32_t(Ops[1].unsignedValue())});
      continue;
    }
    case Opcode::IsEqExact: {
      if (Ops[0].label() != Fail)
        return F;
      for (int Side = 1; Side <= 2; ++Side) {
        std::optional<std::uint32_t> E = ElementIn(Ops[Side]);
        const Operand &Other = Ops[3 - Side];
        if (!E)
          continue;
        bool Imm = Other.kind() == OperandKind::Atom || Other.kind() == OperandKind::Nil ||
                   (Other.kind() == OperandKind::Integer && Other.term().isSmall());
        if (Imm)
          F->Elements[F->Count++] = {*E, false, Other.term().raw()};
        else if (Other.kind() == OperandKind::YReg)
          F->Elements[F->Count++] = {*E, true, Other.reg()};
        break;
      }
      continue;
    }
    case Opcode::IsTaggedTuple: case Opcode::IsTuple: case Opcode::TestArity:
    case Opcode::IsNeExact: case Opcode::IsAtom: case Opcode::IsInteger: case Opcode::IsPid:
    case Opcode::IsReference: case Opcode::IsNil: case Opcode::IsList:
    case Opcode::IsNonemptyList: case Opcode::IsBinary: case Opcode::IsMap:
      if (Ops[0].label() != Fail)
        return F;
      continue; // A test on the path: no writes.
    default:
      return F;
    }
  }
  return F;
}

llvm::Error Translator::run() {
  LabelOffset.assign(B.LabelCount + 1, 0);
  EntryOf.assign(B.LabelCount + 1, 0);
  for (std::size_t F = 0; F < B.Functions.size(); ++F)
    EntryOf[B.Functions[F].EntryLabel] = std::uint32_t(F + 1);
  LM.Counters.assign(B.Functions.size(), 0);
  for (const Lambda &L : B.Lambdas) {
    auto F = std::make_unique<FunEntry>();
    F->Module = B.name();
    F->Index = L.Index;
    F->OldUniq = L.OldUniq;
    static_assert(sizeof F->Uniq == sizeof B.Md5, "new_uniq is the module checksum");
    std::memcpy(F->Uniq, B.Md5.data(), sizeof F->Uniq);
    F->Arity = L.Arity - L.NumFree;
    F->NumFree = L.NumFree;
    LM.Funs.push_back(std::move(F));
  }
  std::size_t FnIndex = 0;
  for (std::size_t II = 0; II < B.Code.size(); ++II) {
    const Instruction &In = B.Code[II];
    while (FnIndex < B.Functions.size() && B.Functions[FnIndex].FirstInstruction == II) {
      LM.Functions.push_back({B.Functions[FnIndex].Name, B.Functions[FnIndex].Arity,
                              std::uint32_t(Out.size()), 0, &LM.Counters[FnIndex]});
      if (FnIndex > 0)
        LM.Functions[FnIndex - 1].End = std::uint32_t(Out.size());
      ++FnIndex;
    }
    auto Ops = B.operands(In);
    switch (In.Op) {
    case Opcode::Label: {
      std::uint64_t L =
          Ops[0].kind() == OperandKind::Label ? Ops[0].label() : Ops[0].unsignedValue();
      LabelOffset[L] = std::uint32_t(Out.size());
      PrevStart = NoPrev;
      if (EntryOf[L]) {
        emit(handlerFor(unsigned(traceCalls() ? InternalOp::FuncEntryTraced : InternalOp::FuncEntry)));
        emit(reinterpret_cast<Word>(&LM.Counters[EntryOf[L] - 1]));
      }
      continue;
    }
    case Opcode::Line:
      if (Ops[0].kind() == OperandKind::Unsigned)
        LM.LineMarks.push_back({std::uint32_t(Out.size()), std::uint32_t(Ops[0].unsignedValue())});
      continue;
    case Opcode::IntCodeEnd:
    case Opcode::ExecutableLine:
    case Opcode::DebugLine:
    case Opcode::NifStart:
      continue;
    case Opcode::OnLoad:
      LM.OnLoadOffset = Out.size(); // The function's entry, just before.
      continue;
    default:
      break;
    }
    std::size_t Start = Out.size();
    emit(handlerFor(unsigned(In.Op)));
    const IndexedOperand *Idx = indexedOperandOf(In.Op);
    for (unsigned K = 0; K < Ops.size(); ++K) {
      if ((In.Op == Opcode::Try || In.Op == Opcode::Catch) && K == 1) {
        CatchFixups.push_back({Out.size(), Ops[1].label()});
        emit(0);
        continue;
      }
      if (K == 1 && Ops[K].kind() == OperandKind::Unsigned && hasSizeSource(In.Op)) {
        emit(Term::small(SWord(Ops[K].unsignedValue())).raw());
        continue;
      }
      operand(Ops[K], Idx, K);
    }
    if (unsigned Special = specialisedOp(In.Op, &Out[Start]))
      Out[Start] = handlerFor(Special);
    if (In.Op == Opcode::LoopRec)
      if (std::unique_ptr<ReceiveFilter> F = receiveFilter(B, II)) {
        Out[Start] = handlerFor(unsigned(InternalOp::LoopRecFiltered));
        Out[Start + 2] = reinterpret_cast<Word>(F.get());
        LM.ReceiveFilters.push_back(std::move(F));
      }
    fuse(In.Op, Start);
  }
  if (FnIndex > 0)
    LM.Functions[FnIndex - 1].End = std::uint32_t(Out.size());

  LM.CodeSize = Out.size();
  LM.Code = std::make_unique<Word[]>(Out.size() + 1);
  std::copy(Out.begin(), Out.end(), LM.Code.get());
  Word *Code = LM.Code.get();
  for (auto [Pos, Label] : LabelFixups)
    Code[Pos] = Label ? reinterpret_cast<Word>(Code + LabelOffset[Label]) : 0;
  for (auto [Pos, Label] : CatchFixups)
    Code[Pos] = registerCatch(Code + LabelOffset[Label]).raw();
  fuseLocalCalls(Code);
  for (std::size_t K = 0; K < B.Lambdas.size(); ++K)
    LM.Funs[K]->Code = Code + LabelOffset[B.Lambdas[K].Label];
  // Functions implemented natively keep their BIF: the module's Erlang
  // stubs (`erlang:nif_error/1` bodies) are never called.
  for (const FunctionRef &F : B.Exports) {
    Export &E = ExportTable::get().entry(B.name(), F.Function, F.Arity);
    if (!E.Bif)
      LM.ExportEntries.push_back({&E, Code + LabelOffset[F.Label]});
  }
  return llvm::Error::success();
}

/// Fuses the instruction just emitted at `Start` with the one before it
/// when the pair is a common one: the fused handler takes the operand words
/// of both in order, so fusing sets the first handler word and erases the
/// second. Each instruction is fused at most once.
void Translator::fuse(Opcode Op, std::size_t Start) {
  if (Op == Opcode::Call || Op == Opcode::CallLast || Op == Opcode::CallOnly)
    LocalCalls.push_back(Start);
  if (Op == Opcode::LoopRecEnd)
    LoopRecEnds.push_back(Start);
  auto IsRegister = [](Word W) { return (W & 3) == 0; };
  auto IsRegisterMove = [&](Opcode O, std::size_t At) {
    return O == Opcode::Move && IsRegister(Out[At + 1]) && IsRegister(Out[At + 2]);
  };
  std::optional<InternalOp> Fused;
  if (PrevStart != NoPrev) {
    if (PrevOp == Opcode::Deallocate && Op == Opcode::Return)
      Fused = InternalOp::DeallocateReturn;
    else if (PrevOp == Opcode::Move && Op == Opcode::Return)
      Fused = InternalOp::MoveReturn;
    else if (IsRegisterMove(PrevOp, PrevStart) && IsRegisterMove(Op, Start))
      Fused = movePairKind(Out[PrevStart + 1], Out[PrevStart + 2], Out[Start + 1], Out[Start + 2]);
    else if (PrevOp == Opcode::GetTupleElement && Op == Opcode::GetTupleElement &&
             Out[PrevStart + 1] == Out[Start + 1] && Out[PrevStart + 3] != Out[PrevStart + 1]) {
      Word XX = handlerFor(unsigned(InternalOp::GetTupleElementXX));
      Fused = Out[PrevStart] == XX && Out[Start] == XX ? InternalOp::GetTupleElementPairXX
                                                       : InternalOp::GetTupleElementPair;
    } else if (PrevOp == Opcode::TestHeap && Op == Opcode::PutList)
      Fused = InternalOp::TestHeapPutList;
    else if (PrevOp == Opcode::IsNonemptyList && Op == Opcode::GetList && Out[PrevStart + 2] == Out[Start + 1])
      Fused = Out[Start] == handlerFor(unsigned(InternalOp::GetListXXX)) ? InternalOp::IsNonemptyGetListXXX
                                                                         : InternalOp::IsNonemptyGetList;
  }
  if (!Fused) {
    PrevStart = Start;
    PrevOp = Op;
    return;
  }
  Out[PrevStart] = handlerFor(unsigned(*Fused));
  Out.erase(Out.begin() + std::ptrdiff_t(Start));
  PrevStart = NoPrev;
}

/// Points every local call whose target starts with `func_entry` just past
/// it, with a handler that counts the call itself: one dispatch fewer per
/// call. (With BEAMR_TRACE_CALLS, entries trace and calls stay as they are.)
void Translator::fuseLocalCalls(Word *Code) {
  // A receive loop's loop_rec_end goes back to its loop_rec: one handler
  // does both, so each message skipped costs a dispatch fewer.
  Word LoopRec = handlerFor(unsigned(Opcode::LoopRec));
  Word Filtered = handlerFor(unsigned(InternalOp::LoopRecFiltered));
  for (std::size_t Start : LoopRecEnds)
    if (auto *Target = reinterpret_cast<Word *>(Code[Start + 1]);
        Target && (Target[0] == LoopRec || Target[0] == Filtered))
      Code[Start] = handlerFor(unsigned(InternalOp::LoopRecEndNext));
  if (traceCalls())
    return;
  Word Entry = handlerFor(unsigned(InternalOp::FuncEntry));
  for (std::size_t Start : LocalCalls) {
    auto *Target = reinterpret_cast<Word *>(Code[Start + 2]);
    if (!Target || Target[0] != Entry)
      continue;
    Code[Start + 2] = reinterpret_cast<Word>(Target + 2);
    InternalOp Fused = Code[Start] == handlerFor(unsigned(Opcode::Call))       ? InternalOp::CallCounted
                       : Code[Start] == handlerFor(unsigned(Opcode::CallLast)) ? InternalOp::CallLastCounted
                                                                               : InternalOp::CallOnlyCounted;
    Code[Start] = handlerFor(unsigned(Fused));
  }
}

llvm::Expected<std::unique_ptr<LoadedModule>>
beamr::translateModule(std::unique_ptr<BeamModule> Beam) {
  auto LM = std::make_unique<LoadedModule>();
  LM->Name = Beam->name();
  Translator T(*Beam, *LM);
  if (llvm::Error E = T.run())
    return E;
  LM->Beam = std::move(Beam);
  return LM;
}
