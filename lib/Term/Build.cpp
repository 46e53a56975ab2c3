//===- lib/Term/Build.cpp - Constructing and reading boxed terms ----------===//
///
/// \file
/// Payload layouts of boxed objects, written down once.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Build.h"

#include <algorithm>
#include <cstdlib>

using namespace beamr;

Word *beamr::allocateTuple(TermAllocator &A, Word Arity) {
  Word *Obj = A.allocate(1 + Arity);
  Obj[0] = makeHeader(HeaderKind::Tuple, Arity);
  std::fill(Obj + 1, Obj + 1 + Arity, Term::nil().raw());
  return Obj;
}

Term beamr::makeTuple(TermAllocator &A, std::span<const Term> Elements) {
  Word *Obj = allocateTuple(A, Elements.size());
  for (std::size_t I = 0; I < Elements.size(); ++I)
    Obj[1 + I] = Elements[I].raw();
  return Term::boxed(Obj);
}

Term beamr::makeCons(TermAllocator &A, Term Head, Term Tail) {
  Word *Cell = A.allocate(2);
  Cell[0] = Head.raw();
  Cell[1] = Tail.raw();
  return Term::cons(Cell);
}

Term beamr::makeList(TermAllocator &A, std::span<const Term> Elements, Term Tail) {
  Term L = Tail;
  for (std::size_t I = Elements.size(); I-- > 0;)
    L = makeCons(A, Elements[I], L);
  return L;
}

Term beamr::makeByteList(TermAllocator &A, std::string_view Text) {
  Term L = Term::nil();
  for (std::size_t I = Text.size(); I-- > 0;)
    L = makeCons(A, Term::small(static_cast<unsigned char>(Text[I])), L);
  return L;
}

Term beamr::makeFloat(TermAllocator &A, double D) {
  Word *Obj = A.allocate(2);
  Obj[0] = makeHeader(HeaderKind::Float, 1);
  std::memcpy(Obj + 1, &D, sizeof D);
  return Term::boxed(Obj);
}

Term beamr::makeInteger(TermAllocator &A, SWord V) {
  if (Term::fitsSmall(V))
    return Term::small(V);
  Word Mag = V < 0 ? Word(0) - Word(V) : Word(V);
  return makeInteger(A, V < 0, std::span<const Word>(&Mag, 1));
}

Term beamr::makeUnsigned(TermAllocator &A, Word V) {
  if (V <= Word(Term::MaxSmall))
    return Term::small(SWord(V));
  return makeInteger(A, false, std::span<const Word>(&V, 1));
}

Term beamr::makeInteger(TermAllocator &A, bool Negative, std::span<const Word> Limbs) {
  std::size_t N = Limbs.size();
  while (N > 0 && Limbs[N - 1] == 0)
    --N;
  if (N == 0)
    return Term::small(0);
  if (N == 1) {
    Word M = Limbs[0];
    if (!Negative && M <= Word(Term::MaxSmall))
      return Term::small(SWord(M));
    if (Negative && M <= Word(-Term::MinSmall))
      return Term::small(-SWord(M));
  }
  Word *Obj = A.allocate(1 + N);
  Obj[0] = makeHeader(Negative ? HeaderKind::NegBignum : HeaderKind::PosBignum, N);
  std::copy(Limbs.begin(), Limbs.begin() + N, Obj + 1);
  return Term::boxed(Obj);
}

bool beamr::bignumIsNegative(Term Big) {
  assert(Big.isBignum() && "not a bignum");
  return headerKind(Big.boxedHeader()) == HeaderKind::NegBignum;
}

std::span<const Word> beamr::bignumLimbs(Term Big) {
  assert(Big.isBignum() && "not a bignum");
  return {Big.boxedObject() + 1, headerArity(Big.boxedHeader())};
}

static Term makeProcBin(TermAllocator &A, RefcBytes *Data, Word ByteSize) {
  Word *Obj = A.allocate(1 + ProcBin::Arity);
  Obj[0] = makeHeader(HeaderKind::RefcBinary, ProcBin::Arity);
  auto *PB = reinterpret_cast<ProcBin *>(Obj + 1);
  PB->ByteSize = ByteSize;
  PB->NextOffHeap = nullptr;
  PB->Bytes = Data;
  A.addOffHeap(Obj);
  return Term::boxed(Obj);
}

static Term makeByteBinary(TermAllocator &A, std::span<const unsigned char> Bytes) {
  if (Bytes.size() <= HeapBinaryLimit) {
    Word Words = (Bytes.size() + 7) / 8;
    Word *Obj = A.allocate(2 + Words);
    Obj[0] = makeHeader(HeaderKind::HeapBinary, 1 + Words);
    Obj[1] = Bytes.size();
    if (Words)
      Obj[1 + Words] = 0; // Padding bytes are zero so heaps compare cleanly.
    if (!Bytes.empty())
      std::memcpy(Obj + 2, Bytes.data(), Bytes.size());
    return Term::boxed(Obj);
  }
  RefcBytes *Data = RefcBytes::create(Bytes.size());
  if (!Data) {
    // Out of memory on the C heap is not recoverable for a VM.
    std::abort();
  }
  std::memcpy(Data->Data, Bytes.data(), Bytes.size());
  return makeProcBin(A, Data, Bytes.size());
}

Term beamr::makeBinary(TermAllocator &A, std::span<const unsigned char> Bytes) {
  return makeByteBinary(A, Bytes);
}

Term beamr::appendToBinary(TermAllocator &A, Term Bin, std::span<const unsigned char> Extra) {
  BitstringView V = viewBitstring(Bin);
  assert(V.isBinary() && "appending to a bitstring that is not a binary");
  Word Size = V.BitSize / 8, Total = Size + Extra.size();
  if (Bin.isBoxedKind(HeaderKind::RefcBinary)) {
    RefcBytes *Data = reinterpret_cast<const ProcBin *>(Bin.boxedObject() + 1)->Bytes;
    std::size_t Expected = Size;
    if (Total <= Data->Capacity && Data->Used.compare_exchange_strong(Expected, Total)) {
      if (!Extra.empty())
        std::memcpy(Data->Data + Size, Extra.data(), Extra.size());
      Data->retain();
      return makeProcBin(A, Data, Total);
    }
  }
  RefcBytes *Data = RefcBytes::create(Total, std::max<Word>(2 * Total, 256));
  if (!Data)
    std::abort();
  if (V.isByteAligned()) {
    if (Size)
      std::memcpy(Data->Data, V.Base + V.BitOffset / 8, Size);
  } else {
    for (Word I = 0; I < Size; ++I)
      Data->Data[I] = V.byteAt(I);
  }
  if (!Extra.empty())
    std::memcpy(Data->Data + Size, Extra.data(), Extra.size());
  return makeProcBin(A, Data, Total);
}

Term beamr::subBitstring(TermAllocator &A, Term Bits, Word BitOffset, Word BitSize) {
  Word *Obj = Bits.boxedObject();
  Term Orig = Bits;
  if (headerKind(Obj[0]) == HeaderKind::SubBinary) {
    auto *SB = reinterpret_cast<const SubBinary *>(Obj + 1);
    BitOffset += SB->BitOffset;
    Orig = Term::fromRaw(SB->Original);
  }
  if (BitSize <= HeapBinaryLimit * 8) {
    BitstringView V = viewBitstring(Orig);
    unsigned char Buf[HeapBinaryLimit];
    BitstringView Part{V.Base, BitOffset, BitSize};
    for (Word I = 0; I < (BitSize + 7) / 8; ++I)
      Buf[I] = Part.byteAt(I);
    return makeBitstring(A, std::span<const unsigned char>(Buf, (BitSize + 7) / 8), BitSize);
  }
  if (BitOffset == 0 && BitSize == viewBitstring(Orig).BitSize)
    return Orig;
  Word *Sub = A.allocate(1 + SubBinary::Arity);
  Sub[0] = makeHeader(HeaderKind::SubBinary, SubBinary::Arity);
  auto *SB = reinterpret_cast<SubBinary *>(Sub + 1);
  SB->BitSize = BitSize;
  SB->BitOffset = BitOffset;
  SB->Original = Orig.raw();
  return Term::boxed(Sub);
}

Term beamr::makeBitstring(TermAllocator &A, std::span<const unsigned char> Bytes, Word BitSize) {
  assert(BitSize <= Bytes.size() * 8 && "bit size beyond the bytes");
  Word ByteSize = (BitSize + 7) / 8;
  Term Orig = makeByteBinary(A, Bytes.first(ByteSize));
  if (BitSize % 8 == 0)
    return Orig;
  Word *Obj = A.allocate(1 + SubBinary::Arity);
  Obj[0] = makeHeader(HeaderKind::SubBinary, SubBinary::Arity);
  auto *SB = reinterpret_cast<SubBinary *>(Obj + 1);
  SB->BitSize = BitSize;
  SB->BitOffset = 0;
  SB->Original = Orig.raw();
  return Term::boxed(Obj);
}

unsigned char BitstringView::byteAt(Word I) const {
  Word Bit = BitOffset + I * 8;
  Word Shift = Bit % 8;
  Word AvailBits = BitSize > I * 8 ? BitSize - I * 8 : 0;
  unsigned V = Base[Bit / 8] << Shift;
  if (Shift && AvailBits > 8 - Shift)
    V |= Base[Bit / 8 + 1] >> (8 - Shift);
  V &= 0xFF;
  if (AvailBits < 8)
    V &= 0xFF00u >> AvailBits;
  return static_cast<unsigned char>(V);
}

BitstringView beamr::viewBitstring(Term Bits) {
  Word *Obj = Bits.boxedObject();
  switch (headerKind(Obj[0])) {
  case HeaderKind::HeapBinary:
    return {reinterpret_cast<const unsigned char *>(Obj + 2), 0, Obj[1] * 8};
  case HeaderKind::RefcBinary: {
    auto *PB = reinterpret_cast<const ProcBin *>(Obj + 1);
    return {PB->Bytes->Data, 0, PB->ByteSize * 8};
  }
  case HeaderKind::SubBinary: {
    auto *SB = reinterpret_cast<const SubBinary *>(Obj + 1);
    BitstringView Orig = viewBitstring(Term::fromRaw(SB->Original));
    return {Orig.Base, SB->BitOffset, SB->BitSize};
  }
  default:
    assert(false && "not a bitstring");
    return {nullptr, 0, 0};
  }
}

Term beamr::makeExportFun(TermAllocator &A, Term Module, Term Function, Term Arity) {
  Word *Obj = A.allocate(4);
  Obj[0] = makeHeader(HeaderKind::Export, 3);
  Obj[1] = Module.raw();
  Obj[2] = Function.raw();
  Obj[3] = Arity.raw();
  return Term::boxed(Obj);
}

Term beamr::makeFun(TermAllocator &A, const FunObject &Fixed, std::span<const Term> FreeVars) {
  Word Arity = FunObject::FixedWords + FreeVars.size();
  Word *Obj = A.allocate(1 + Arity);
  Obj[0] = makeHeader(HeaderKind::Fun, Arity);
  std::memcpy(Obj + 1, &Fixed, sizeof(Word) * FunObject::FixedWords);
  reinterpret_cast<FunObject *>(Obj + 1)->NumFree = FreeVars.size();
  for (std::size_t I = 0; I < FreeVars.size(); ++I)
    Obj[1 + FunObject::FixedWords + I] = FreeVars[I].raw();
  return Term::boxed(Obj);
}

const FunObject &beamr::viewFun(Term Fun) {
  assert(Fun.isBoxedKind(HeaderKind::Fun) && "not a fun");
  return *reinterpret_cast<const FunObject *>(Fun.boxedObject() + 1);
}

Term beamr::makeLocalRef(TermAllocator &A, std::span<const Word> Ids) {
  Word *Obj = A.allocate(2 + Ids.size());
  Obj[0] = makeHeader(HeaderKind::Ref, 1 + Ids.size());
  Obj[1] = Ids.size();
  std::copy(Ids.begin(), Ids.end(), Obj + 2);
  return Term::boxed(Obj);
}

std::span<const Word> beamr::localRefIds(Term Ref) {
  assert(Ref.isBoxedKind(HeaderKind::Ref) && "not a local ref");
  Word *Obj = Ref.boxedObject();
  return {Obj + 2, Obj[1]};
}

// External objects: Node, Creation, [IdCount for refs], ids.
Term beamr::makeExternal(TermAllocator &A, HeaderKind Kind, const NodeIds &Ids) {
  bool IsRef = Kind == HeaderKind::ExternalRef;
  assert((IsRef || Kind == HeaderKind::ExternalPid || Kind == HeaderKind::ExternalPort) &&
         "not an external kind");
  Word Arity = 2 + IsRef + Ids.Ids.size();
  Word *Obj = A.allocate(1 + Arity);
  Obj[0] = makeHeader(Kind, Arity);
  Obj[1] = Ids.Node.raw();
  Obj[2] = Ids.Creation;
  if (IsRef)
    Obj[3] = Ids.Ids.size();
  std::copy(Ids.Ids.begin(), Ids.Ids.end(), Obj + 3 + IsRef);
  return Term::boxed(Obj);
}

NodeIds beamr::viewExternal(Term External) {
  Word *Obj = External.boxedObject();
  bool IsRef = headerKind(Obj[0]) == HeaderKind::ExternalRef;
  Word Count = IsRef ? Obj[3] : headerArity(Obj[0]) - 2;
  return {Term::fromRaw(Obj[1]), std::uint32_t(Obj[2]), {Obj + 3 + IsRef, Count}};
}
