//===- lib/Term/ExternalTermEncoder.cpp - term_to_binary ------------------===//
///
/// \file
/// Encoding to erl 25's external term format, byte for byte what
/// `term_to_binary/1,2` writes: which integer tag, `STRING_EXT` for short
/// byte lists, Latin-1 atoms as `ATOM_EXT` (UTF-8 for the others, and for all
/// with minor version 2), text floats for minor version 0, and compression
/// kept only when it pays. The walk keeps its work on an explicit task stack,
/// so deep terms never recurse on the C stack.
//===----------------------------------------------------------------------===//
#include "beamr/Term/ExternalTerm.h"

#include "ExternalTermFormat.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <zlib.h>

#include <cstdio>
#include <string>

using namespace beamr;
using namespace beamr::etf;

namespace {

/// Writes one term. Composite terms leave tasks for their elements on
/// `Tasks`, so the walk never recurses.
class Encoder {
public:
  explicit Encoder(const EncodeOptions &O)
      : Utf8Atoms(O.MinorVersion >= 2), NewFloats(O.MinorVersion >= 1) {}
  std::vector<unsigned char> run(Term T);

private:
  enum class TaskKind : std::uint8_t { Encode, Elements, ListRest, MapRest, PatchFunSize };
  /// `Encode`: term A. `Elements`: B terms from address A. `ListRest`: the
  /// rest A of a list. `MapRest`: the innermost map iterator. `PatchFunSize`:
  /// the size field at offset B.
  struct Task {
    TaskKind Kind;
    Word A;
    Word B;
  };

  void put8(unsigned V) { Out.push_back(static_cast<unsigned char>(V)); }
  void put16(unsigned V) { putN(V, 2); }
  void put32(std::uint64_t V) { putN(V, 4); }
  void put64(std::uint64_t V) { putN(V, 8); }
  void putN(std::uint64_t V, unsigned Bytes) {
    for (unsigned I = Bytes; I-- > 0;)
      Out.push_back(static_cast<unsigned char>(V >> (8 * I)));
  }
  void push(TaskKind K, Word A, Word B = 0) { Tasks.push_back({K, A, B}); }

  void step(const Task &T);
  void one(Term T);
  void boxed(Term T);
  void atom(Term A);
  void smallInteger(SWord V);
  void bignum(bool Negative, std::span<const Word> Limbs);
  void floatValue(double D);
  void bitstring(Term B);
  void list(Term L);
  void map(Term M);
  void fun(Term F);
  void pid(Term Node, std::uint32_t Creation, Word Number, Word Serial);
  void port(Term Node, std::uint32_t Creation, Word Number);
  void ref(Term Node, std::uint32_t Creation, std::span<const Word> Ids);

  bool Utf8Atoms;
  bool NewFloats;
  std::vector<unsigned char> Out;
  std::vector<Task> Tasks;
  std::vector<MapIterator> Maps;
};

std::vector<unsigned char> Encoder::run(Term T) {
  put8(VersionMagic);
  push(TaskKind::Encode, T.raw());
  while (!Tasks.empty()) {
    Task Top = Tasks.back();
    Tasks.pop_back();
    step(Top);
  }
  return std::move(Out);
}

void Encoder::step(const Task &T) {
  switch (T.Kind) {
  case TaskKind::Encode:
    return one(Term::fromRaw(T.A));
  case TaskKind::Elements: {
    const Word *P = reinterpret_cast<const Word *>(T.A);
    if (T.B > 1)
      push(TaskKind::Elements, reinterpret_cast<Word>(P + 1), T.B - 1);
    return one(Term::fromRaw(*P));
  }
  case TaskKind::ListRest: {
    Term L = Term::fromRaw(T.A);
    if (!L.isCons())
      return one(L); // The tail: [] or an improper tail.
    push(TaskKind::ListRest, L.tail().raw());
    return one(L.head());
  }
  case TaskKind::MapRest: {
    Term K, V;
    if (!Maps.back().next(K, V)) {
      Maps.pop_back();
      return;
    }
    push(TaskKind::MapRest, 0);
    push(TaskKind::Encode, V.raw());
    return one(K);
  }
  case TaskKind::PatchFunSize: {
    std::uint64_t Size = Out.size() - T.B;
    for (unsigned I = 0; I < 4; ++I)
      Out[T.B + I] = static_cast<unsigned char>(Size >> (8 * (3 - I)));
    return;
  }
  }
}

void Encoder::one(Term T) {
  if (T.isSmall())
    return smallInteger(T.smallValue());
  if (T.isAtom())
    return atom(T);
  if (T.isNil())
    return put8(NilExt);
  if (T.isLocalPid())
    return pid(atomTerm(atoms::NonodeAtNohost), LocalCreation, T.pidNumber(), T.pidSerial());
  if (T.isLocalPort())
    return port(atomTerm(atoms::NonodeAtNohost), LocalCreation, T.portNumber());
  if (T.isCons())
    return list(T);
  assert(T.isBoxed() && "catch or header word in a term");
  boxed(T);
}

void Encoder::boxed(Term T) {
  switch (headerKind(T.boxedHeader())) {
  case HeaderKind::Tuple: {
    Word Arity = T.tupleArity();
    if (Arity <= 0xFF) {
      put8(SmallTupleExt);
      put8(unsigned(Arity));
    } else {
      put8(LargeTupleExt);
      put32(Arity);
    }
    if (Arity)
      push(TaskKind::Elements, reinterpret_cast<Word>(T.boxedObject() + 1), Arity);
    return;
  }
  case HeaderKind::PosBignum:
  case HeaderKind::NegBignum:
    return bignum(bignumIsNegative(T), bignumLimbs(T));
  case HeaderKind::Float:
    return floatValue(T.floatValue());
  case HeaderKind::RefcBinary:
  case HeaderKind::HeapBinary:
  case HeaderKind::SubBinary:
    return bitstring(T);
  case HeaderKind::FlatMap:
  case HeaderKind::HashMapHead:
    return map(T);
  case HeaderKind::Fun:
    return fun(T);
  case HeaderKind::Export: {
    const Word *Obj = T.boxedObject();
    put8(ExportExt);
    atom(Term::fromRaw(Obj[1]));
    atom(Term::fromRaw(Obj[2]));
    return smallInteger(Term::fromRaw(Obj[3]).smallValue());
  }
  case HeaderKind::Ref:
    return ref(atomTerm(atoms::NonodeAtNohost), LocalCreation, localRefIds(T));
  case HeaderKind::ExternalPid: {
    NodeIds N = viewExternal(T);
    return pid(N.Node, N.Creation, N.Ids[0], N.Ids[1]);
  }
  case HeaderKind::ExternalPort: {
    NodeIds N = viewExternal(T);
    return port(N.Node, N.Creation, N.Ids[0]);
  }
  case HeaderKind::ExternalRef: {
    NodeIds N = viewExternal(T);
    return ref(N.Node, N.Creation, N.Ids);
  }
  case HeaderKind::MatchState:
  case HeaderKind::HashMapNode:
    assert(false && "not a term");
    return;
  }
}

/// Latin-1 atoms as `ATOM_EXT` (erl 25's term_to_binary never writes
/// `SMALL_ATOM_EXT`); the others, and all with minor version 2, in UTF-8.
void Encoder::atom(Term A) {
  std::string_view Name = AtomTable::get().name(A);
  std::string Latin1;
  bool IsLatin1 = !Utf8Atoms;
  for (std::size_t I = 0; IsLatin1 && I < Name.size(); ++I) {
    unsigned char C = Name[I];
    if (C < 0x80)
      Latin1 += char(C);
    else if ((C == 0xC2 || C == 0xC3) && I + 1 < Name.size())
      Latin1 += char(((C & 0x03) << 6) | (static_cast<unsigned char>(Name[++I]) & 0x3F));
    else
      IsLatin1 = false;
  }
  if (IsLatin1) {
    put8(AtomExt);
    put16(unsigned(Latin1.size()));
    Out.insert(Out.end(), Latin1.begin(), Latin1.end());
    return;
  }
  if (Name.size() <= 0xFF) {
    put8(SmallAtomUtf8Ext);
    put8(unsigned(Name.size()));
  } else {
    put8(AtomUtf8Ext);
    put16(unsigned(Name.size()));
  }
  Out.insert(Out.end(), Name.begin(), Name.end());
}

void Encoder::smallInteger(SWord V) {
  if (V >= 0 && V < 256) {
    put8(SmallIntegerExt);
    return put8(unsigned(V));
  }
  if (V >= INT32_MIN && V <= INT32_MAX) {
    put8(IntegerExt);
    return put32(std::uint32_t(std::int32_t(V)));
  }
  Word Mag = V < 0 ? Word(0) - Word(V) : Word(V);
  bignum(V < 0, std::span<const Word>(&Mag, 1));
}

void Encoder::bignum(bool Negative, std::span<const Word> Limbs) {
  std::size_t Bytes = Limbs.size() * 8;
  while (Bytes > 0 && ((Limbs[(Bytes - 1) / 8] >> (8 * ((Bytes - 1) % 8))) & 0xFF) == 0)
    --Bytes;
  if (Bytes < 256) {
    put8(SmallBigExt);
    put8(unsigned(Bytes));
  } else {
    put8(LargeBigExt);
    put32(Bytes);
  }
  put8(Negative ? 1 : 0);
  for (std::size_t I = 0; I < Bytes; ++I)
    put8(unsigned(Limbs[I / 8] >> (8 * (I % 8))) & 0xFF);
}

/// Minor version 0 writes erl's old text floats: `%.20e`, NUL padded.
void Encoder::floatValue(double D) {
  if (NewFloats) {
    std::uint64_t Bits;
    std::memcpy(&Bits, &D, sizeof Bits);
    put8(NewFloatExt);
    return put64(Bits);
  }
  char Buf[64];
  int N = std::snprintf(Buf, sizeof Buf, "%.20e", D);
  put8(FloatExt);
  for (std::size_t I = 0; I < FloatTextBytes; ++I)
    put8(I < std::size_t(N) ? static_cast<unsigned char>(Buf[I]) : 0);
}

/// Whole binaries as `BINARY_EXT`; others as `BIT_BINARY_EXT` with the
/// unused low bits of the last byte zeroed.
void Encoder::bitstring(Term B) {
  BitstringView V = viewBitstring(B);
  Word Bytes = (V.BitSize + 7) / 8;
  if (V.isBinary()) {
    put8(BinaryExt);
    put32(Bytes);
  } else {
    put8(BitBinaryExt);
    put32(Bytes);
    put8(unsigned(V.BitSize % 8));
  }
  if (V.isByteAligned() && V.isBinary()) {
    const unsigned char *P = V.Base + V.BitOffset / 8;
    Out.insert(Out.end(), P, P + Bytes);
    return;
  }
  for (Word I = 0; I < Bytes; ++I)
    put8(V.byteAt(I));
}

/// Proper lists of at most 65535 bytes as `STRING_EXT`, others as
/// `LIST_EXT` followed by their elements and tail.
void Encoder::list(Term L) {
  Word Length = 0;
  bool Bytes = true;
  Term P = L;
  for (; P.isCons(); P = P.tail()) {
    ++Length;
    Term H = P.head();
    Bytes = Bytes && H.isSmall() && H.smallValue() >= 0 && H.smallValue() <= 255;
  }
  if (Bytes && P.isNil() && Length <= MaxStringLength) {
    put8(StringExt);
    put16(unsigned(Length));
    for (P = L; P.isCons(); P = P.tail())
      put8(unsigned(P.head().smallValue()));
    return;
  }
  put8(ListExt);
  put32(Length);
  push(TaskKind::ListRest, L.raw());
}

void Encoder::map(Term M) {
  put8(MapExt);
  put32(mapSize(M));
  Maps.emplace_back(M);
  push(TaskKind::MapRest, 0);
}

/// `NEW_FUN_EXT`; its size field counts from itself to the end of the last
/// free variable, so it is patched once those are written.
void Encoder::fun(Term F) {
  const FunObject &Fun = viewFun(F);
  put8(NewFunExt);
  std::size_t SizeAt = Out.size();
  put32(0);
  put8(unsigned(Fun.Arity));
  const unsigned char *Uniq = reinterpret_cast<const unsigned char *>(Fun.Uniq);
  Out.insert(Out.end(), Uniq, Uniq + 16);
  put32(Fun.Index);
  put32(Fun.NumFree);
  atom(Term::fromRaw(Fun.Module));
  smallInteger(SWord(Fun.OldIndex));
  smallInteger(SWord(Fun.OldUniq));
  one(Term::fromRaw(Fun.Creator));
  push(TaskKind::PatchFunSize, 0, SizeAt);
  for (Word I = Fun.NumFree; I-- > 0;)
    push(TaskKind::Encode, Fun.freeVar(I).raw());
}

void Encoder::pid(Term Node, std::uint32_t Creation, Word Number, Word Serial) {
  put8(NewPidExt);
  atom(Node);
  put32(Number);
  put32(Serial);
  put32(Creation);
}

/// Port numbers beyond erl's 28-bit V3 range need `V4_PORT_EXT`.
void Encoder::port(Term Node, std::uint32_t Creation, Word Number) {
  bool V4 = Number > MaxV3PortNumber;
  put8(V4 ? V4PortExt : NewPortExt);
  atom(Node);
  if (V4)
    put64(Number);
  else
    put32(Number);
  put32(Creation);
}

void Encoder::ref(Term Node, std::uint32_t Creation, std::span<const Word> Ids) {
  put8(NewerReferenceExt);
  put16(unsigned(Ids.size()));
  atom(Node);
  put32(Creation);
  for (Word Id : Ids)
    put32(Id);
}

/// erl keeps the compressed form only when zlib's output fits in five bytes
/// less than the plain payload, so the header never makes it longer; level 0
/// means no compression at all.
void compress(std::vector<unsigned char> &Out, int Level) {
  std::size_t Payload = Out.size() - 1;
  if (Level <= 0 || Payload < 5)
    return;
  std::vector<unsigned char> Z(Payload - 5 + 1);
  z_stream S = {};
  if (deflateInit(&S, Level) != Z_OK)
    return;
  S.next_in = Out.data() + 1;
  S.avail_in = static_cast<uInt>(Payload);
  S.next_out = Z.data();
  S.avail_out = static_cast<uInt>(Payload - 5);
  int Rc = deflate(&S, Z_FINISH);
  std::size_t ZSize = S.total_out;
  deflateEnd(&S);
  if (Rc != Z_STREAM_END)
    return;
  std::vector<unsigned char> Result = {VersionMagic, CompressedTag};
  for (unsigned I = 0; I < 4; ++I)
    Result.push_back(static_cast<unsigned char>(Payload >> (8 * (3 - I))));
  Result.insert(Result.end(), Z.begin(), Z.begin() + ZSize);
  Out.swap(Result);
}

} // namespace

std::vector<unsigned char> beamr::encodeExternal(Term T, const EncodeOptions &Options) {
  std::vector<unsigned char> Out = Encoder(Options).run(T);
  if (Options.CompressionLevel >= 0)
    compress(Out, Options.CompressionLevel);
  return Out;
}
