//===- lib/Term/ExternalTerm.cpp - binary_to_term -------------------------===//
///
/// \file
/// Decoding erl 25's external term format, accepting what erl 25's
/// `binary_to_term/1,2` accepts.
///
/// Decoding runs in two passes over the same scanner. `scanItem` reads the
/// header of one term (a tag and everything up to its sub-terms) and checks
/// all of it: lengths against the bytes left, atom text, ranges of ids. The
/// first pass only counts the sub-terms still owed, so it needs no stack and
/// proves the whole input well formed before a single word is allocated; the
/// second pass scans again and builds, filling the holes of half-built tuples,
/// lists and maps from an explicit stack. The only failures left for the
/// second pass are the ones that need built terms (duplicate map keys, which
/// erl rejects) or global state (a full atom table).
///
/// Encoding lives in ExternalTermEncoder.cpp.
//===----------------------------------------------------------------------===//
#include "beamr/Term/ExternalTerm.h"

#include "ExternalTermFormat.h"
#include "beamr/Support/ByteReader.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>

using namespace beamr;
using namespace beamr::etf;

namespace {

//===----------------------------------------------------------------------===//
// Scanning one term header
//===----------------------------------------------------------------------===//

struct AtomText {
  std::string_view Bytes;
  bool Latin1 = false;
};

/// A pid, port or reference as written: its node, creation and id words.
struct NodeItem {
  AtomText Node;
  std::uint32_t Creation = 0;
  Word Ids[MaxRefIds] = {};
  unsigned NumIds = 0;
  bool Local = false; ///< Names this node: decodes to a local term.
};

enum class ItemKind {
  Integer,
  Float,
  Atom,
  Tuple,
  List,
  String,
  Binary,
  Map,
  Pid,
  Port,
  Ref,
  Fun,
  Export
};

/// Everything about one term except its sub-terms, which follow it.
struct Item {
  ItemKind Kind = ItemKind::Atom;
  Word Count = 0;    ///< Arity, list length, map size, free variables, bits.
  Word Children = 0; ///< Sub-terms that follow in the input.
  SWord Small = 0;   ///< Integer value when `Bytes` is empty.
  bool Negative = false;
  std::span<const unsigned char> Bytes; ///< Bignum magnitude, binary or string bytes.
  double Float = 0;
  AtomText Atom, Atom2; ///< Atom; fun or export module; export function.
  NodeItem Node;        ///< Pid, port, ref, or a fun's creator.
  FunObject Fun = {};
};

bool isLocalNode(const AtomText &Node, std::uint32_t Creation) {
  return Node.Bytes == LocalNode && Creation == LocalCreation;
}

/// Reads an atom in any of the plain forms; the atom cache and erl's internal
/// atom-index forms are not accepted outside the distribution.
bool scanAtom(ByteReader &R, AtomText &Out) {
  std::uint8_t Tag, Len8;
  std::uint16_t Len16;
  if (!R.readU8(Tag))
    return false;
  switch (Tag) {
  case AtomExt:
    Out.Latin1 = true;
    return R.readU16(Len16) && Len16 <= AtomTable::MaxCharacters && R.readString(Len16, Out.Bytes);
  case SmallAtomExt:
    Out.Latin1 = true;
    return R.readU8(Len8) && R.readString(Len8, Out.Bytes);
  case AtomUtf8Ext:
    if (!R.readU16(Len16) || Len16 > MaxAtomBytesUtf8 || !R.readString(Len16, Out.Bytes))
      return false;
    break;
  case SmallAtomUtf8Ext:
    if (!R.readU8(Len8) || !R.readString(Len8, Out.Bytes))
      return false;
    break;
  default:
    return false;
  }
  Out.Latin1 = false;
  std::optional<std::size_t> Chars = countUtf8Characters(Out.Bytes);
  return Chars && *Chars <= AtomTable::MaxCharacters;
}

/// Little-endian magnitude bytes as a value, if it fits 64 bits.
bool magnitudeFits(std::span<const unsigned char> Mag, Word &V) {
  std::size_t N = Mag.size();
  while (N > 0 && Mag[N - 1] == 0)
    --N;
  if (N > 8)
    return false;
  V = 0;
  for (std::size_t I = N; I-- > 0;)
    V = V << 8 | Mag[I];
  return true;
}

/// Reads an integer term whose value must be a small integer (a fun's old
/// index and uniq, an export's arity); erl decodes any term there and then
/// insists on a small, which only integer tags can give.
bool scanSmallInteger(ByteReader &R, SWord &V) {
  std::uint8_t Tag, Len8, Sign, Byte;
  std::uint32_t Len32;
  std::span<const unsigned char> Mag;
  if (!R.readU8(Tag))
    return false;
  switch (Tag) {
  case SmallIntegerExt:
    if (!R.readU8(Byte))
      return false;
    V = Byte;
    return true;
  case IntegerExt:
    if (!R.readU32(Len32))
      return false;
    V = std::int32_t(Len32);
    return true;
  case SmallBigExt:
    if (!R.readU8(Len8))
      return false;
    Len32 = Len8;
    break;
  case LargeBigExt:
    if (!R.readU32(Len32) || Len32 > MaxBigBytes)
      return false;
    break;
  default:
    return false;
  }
  Word M;
  if (!R.readU8(Sign) || !R.readBytes(Len32, Mag) || !magnitudeFits(Mag, M))
    return false;
  if (Sign ? M > Word(-Term::MinSmall) : M > Word(Term::MaxSmall))
    return false;
  V = Sign ? -SWord(M) : SWord(M);
  return true;
}

/// A node creation: one byte (at most `MaxTinyCreation`) in the old forms,
/// four in the new ones.
bool readCreation(ByteReader &R, bool Tiny, std::uint32_t &Cre) {
  if (!Tiny)
    return R.readU32(Cre);
  std::uint8_t Cre8;
  if (!R.readU8(Cre8) || Cre8 > MaxTinyCreation)
    return false;
  Cre = Cre8;
  return true;
}

/// PID_EXT / NEW_PID_EXT after the tag. A pid of this node must fit a local
/// pid; erl, too, rejects local pids it could not have made.
bool scanPidBody(ByteReader &R, std::uint8_t Tag, NodeItem &P) {
  std::uint32_t Num, Ser, Cre;
  if (!scanAtom(R, P.Node) || !R.readU32(Num) || !R.readU32(Ser) ||
      !readCreation(R, Tag == PidExt, Cre))
    return false;
  P.Creation = Cre;
  P.Ids[0] = Num;
  P.Ids[1] = Ser;
  P.NumIds = 2;
  P.Local = isLocalNode(P.Node, Cre);
  return !P.Local || (Num <= Term::MaxPidNumber && Ser <= Term::MaxPidSerial);
}

bool scanPortBody(ByteReader &R, std::uint8_t Tag, NodeItem &P) {
  std::uint32_t Num32, Cre;
  std::uint64_t Num;
  if (!scanAtom(R, P.Node))
    return false;
  if (Tag == V4PortExt) {
    if (!R.readU64(Num))
      return false;
  } else {
    if (!R.readU32(Num32))
      return false;
    Num = Num32;
  }
  if (!readCreation(R, Tag == PortExt, Cre))
    return false;
  P.Creation = Cre;
  P.Ids[0] = Num;
  P.NumIds = 1;
  P.Local = isLocalNode(P.Node, Cre);
  return !P.Local || Num <= Term::MaxPortNumber;
}

/// The three reference forms. Local references are padded to erl's three id
/// words and must look like ones erl makes (first word below 2^18).
bool scanRefBody(ByteReader &R, std::uint8_t Tag, NodeItem &P) {
  std::uint16_t NumIds = 1;
  std::uint32_t Cre = 0, Id;
  if (Tag != ReferenceExt && !R.readU16(NumIds))
    return false;
  if (NumIds == 0 || NumIds > MaxRefIds || !scanAtom(R, P.Node))
    return false;
  if (Tag != ReferenceExt && !readCreation(R, Tag == NewReferenceExt, Cre))
    return false;
  for (unsigned I = 0; I < NumIds; ++I) {
    if (!R.readU32(Id))
      return false;
    P.Ids[I] = Id;
  }
  if (Tag == ReferenceExt && !readCreation(R, true, Cre))
    return false;
  if (Tag != NewerReferenceExt && P.Ids[0] >= MaxRefFirstId)
    return false;
  P.Creation = Cre;
  P.Local = isLocalNode(P.Node, Cre);
  P.NumIds = P.Local ? LocalRefIds : NumIds;
  return !P.Local || (NumIds <= LocalRefIds && P.Ids[0] < MaxRefFirstId);
}

/// NEW_FUN_EXT after the tag. The size field is not trusted (erl ignores it
/// too). The creator must be a pid: erl accepts any term there but then
/// cannot encode the fun again.
bool scanNewFun(ByteReader &R, Item &It) {
  std::uint32_t Size, Index, NumFree;
  std::uint8_t Arity, PidTag;
  std::span<const unsigned char> Uniq;
  SWord OldIndex, OldUniq;
  if (!R.readU32(Size) || !R.readU8(Arity) || !R.readBytes(16, Uniq) || !R.readU32(Index) ||
      !R.readU32(NumFree) || NumFree > 255 || !scanAtom(R, It.Atom) ||
      !scanSmallInteger(R, OldIndex) || !scanSmallInteger(R, OldUniq) || !R.readU8(PidTag))
    return false;
  if ((PidTag != PidExt && PidTag != NewPidExt) || !scanPidBody(R, PidTag, It.Node))
    return false;
  It.Fun.Index = Index;
  It.Fun.OldIndex = Word(OldIndex);
  It.Fun.OldUniq = Word(OldUniq);
  std::memcpy(It.Fun.Uniq, Uniq.data(), 16);
  It.Fun.Arity = Arity;
  It.Fun.NumFree = NumFree;
  It.Count = It.Children = NumFree;
  return true;
}

/// FLOAT_EXT: 31 bytes of `%.20e` text, NUL padded. erl accepts exactly
/// `[+-]digits[.,]digits[(e|E)[+-]digits]` with a finite value.
bool parseFloatText(std::span<const unsigned char> Raw, double &D) {
  char Buf[FloatTextBytes + 1];
  std::size_t N = 0;
  while (N < Raw.size() && Raw[N] != 0) {
    Buf[N] = char(Raw[N]);
    ++N;
  }
  Buf[N] = 0;
  auto Digits = [&](std::size_t &P) {
    std::size_t Start = P;
    while (P < N && Buf[P] >= '0' && Buf[P] <= '9')
      ++P;
    return P > Start;
  };
  std::size_t P = 0;
  if (P < N && (Buf[P] == '+' || Buf[P] == '-'))
    ++P;
  if (!Digits(P) || P >= N || (Buf[P] != '.' && Buf[P] != ','))
    return false;
  Buf[P++] = '.';
  if (!Digits(P))
    return false;
  if (P < N && (Buf[P] == 'e' || Buf[P] == 'E')) {
    ++P;
    if (P < N && (Buf[P] == '+' || Buf[P] == '-'))
      ++P;
    if (!Digits(P))
      return false;
  }
  if (P != N)
    return false;
  D = std::strtod(Buf, nullptr);
  return std::isfinite(D);
}

bool scanBinary(ByteReader &R, std::uint8_t Tag, Item &It) {
  std::uint32_t Len;
  std::uint8_t Bits = 8;
  if (!R.readU32(Len) || (Tag == BitBinaryExt && !R.readU8(Bits)))
    return false;
  if (Tag == BitBinaryExt && ((Bits == 0) != (Len == 0) || Bits > 8))
    return false;
  if (!R.readBytes(Len, It.Bytes))
    return false;
  It.Kind = ItemKind::Binary;
  It.Count = Len == 0 ? 0 : (Word(Len) - 1) * 8 + Bits;
  return true;
}

bool scanBig(ByteReader &R, std::uint8_t Tag, Item &It) {
  std::uint8_t Len8, Sign;
  std::uint32_t Len = 0;
  if (Tag == SmallBigExt) {
    if (!R.readU8(Len8))
      return false;
    Len = Len8;
  } else if (!R.readU32(Len) || Len > MaxBigBytes) {
    return false;
  }
  if (!R.readU8(Sign) || !R.readBytes(Len, It.Bytes))
    return false;
  It.Kind = ItemKind::Integer;
  It.Negative = Sign != 0;
  return true;
}

bool scanComposite(ByteReader &R, std::uint8_t Tag, Item &It) {
  std::uint8_t N8;
  std::uint16_t N16;
  std::uint32_t N32;
  switch (Tag) {
  case SmallTupleExt:
    It.Kind = ItemKind::Tuple;
    if (!R.readU8(N8))
      return false;
    It.Count = It.Children = N8;
    return true;
  case LargeTupleExt:
    It.Kind = ItemKind::Tuple;
    if (!R.readU32(N32))
      return false;
    It.Count = It.Children = N32;
    return true;
  case StringExt:
    It.Kind = ItemKind::String;
    if (!R.readU16(N16) || !R.readBytes(N16, It.Bytes))
      return false;
    It.Count = N16;
    return true;
  case ListExt:
    It.Kind = ItemKind::List;
    if (!R.readU32(N32))
      return false;
    It.Count = N32;
    It.Children = Word(N32) + 1;
    return true;
  case MapExt:
    It.Kind = ItemKind::Map;
    if (!R.readU32(N32))
      return false;
    It.Count = N32;
    It.Children = 2 * Word(N32);
    return true;
  default:
    return false;
  }
}

bool scanOther(ByteReader &R, std::uint8_t Tag, Item &It) {
  std::span<const unsigned char> Raw;
  switch (Tag) {
  case NewFloatExt: {
    std::uint64_t Bits;
    if (!R.readU64(Bits))
      return false;
    It.Kind = ItemKind::Float;
    std::memcpy(&It.Float, &Bits, sizeof Bits);
    return std::isfinite(It.Float);
  }
  case FloatExt:
    It.Kind = ItemKind::Float;
    return R.readBytes(FloatTextBytes, Raw) && parseFloatText(Raw, It.Float);
  case PidExt:
  case NewPidExt:
    It.Kind = ItemKind::Pid;
    return scanPidBody(R, Tag, It.Node);
  case PortExt:
  case NewPortExt:
  case V4PortExt:
    It.Kind = ItemKind::Port;
    return scanPortBody(R, Tag, It.Node);
  case ReferenceExt:
  case NewReferenceExt:
  case NewerReferenceExt:
    It.Kind = ItemKind::Ref;
    return scanRefBody(R, Tag, It.Node);
  case NewFunExt:
    It.Kind = ItemKind::Fun;
    return scanNewFun(R, It);
  case ExportExt: {
    It.Kind = ItemKind::Export;
    return scanAtom(R, It.Atom) && scanAtom(R, It.Atom2) && scanSmallInteger(R, It.Small) &&
           It.Small >= 0;
  }
  default:
    // ATOM_CACHE_REF needs a distribution header; FUN_EXT is gone since
    // OTP 23; anything else is not a tag.
    return scanComposite(R, Tag, It);
  }
}

/// Reads the header of the next term into `It`, checking all of it.
bool scanItem(ByteReader &R, Item &It) {
  It = Item();
  std::uint8_t Byte;
  std::uint32_t Word32;
  if (R.atEnd())
    return false;
  std::uint8_t Tag = R.rest()[0]; // Atoms are read with their tag.
  switch (Tag) {
  case AtomExt:
  case SmallAtomExt:
  case AtomUtf8Ext:
  case SmallAtomUtf8Ext:
    It.Kind = ItemKind::Atom;
    return scanAtom(R, It.Atom);
  default:
    break;
  }
  R.skip(1);
  switch (Tag) {
  case SmallIntegerExt:
    It.Kind = ItemKind::Integer;
    if (!R.readU8(Byte))
      return false;
    It.Small = Byte;
    return true;
  case IntegerExt:
    It.Kind = ItemKind::Integer;
    if (!R.readU32(Word32))
      return false;
    It.Small = std::int32_t(Word32);
    return true;
  case SmallBigExt:
  case LargeBigExt:
    return scanBig(R, Tag, It);
  case NilExt:
    It.Kind = ItemKind::String; // `[]` is the empty string.
    return true;
  case BinaryExt:
  case BitBinaryExt:
    return scanBinary(R, Tag, It);
  default:
    return scanOther(R, Tag, It);
  }
}

/// First pass: checks that `R` starts with one whole term and leaves `R` just
/// after it. Each pending term needs at least one byte, which bounds every
/// count by the input size.
bool validate(ByteReader R, std::size_t &Used) {
  std::size_t Start = R.offset();
  Word Pending = 1;
  Item It;
  while (Pending > 0) {
    if (!scanItem(R, It))
      return false;
    Pending += It.Children - 1;
    if (Pending > R.remaining())
      return false;
  }
  Used = R.offset() - Start;
  return true;
}

//===----------------------------------------------------------------------===//
// Building (second pass)
//===----------------------------------------------------------------------===//

/// Builds the term that `validate` accepted. Terms are built top-down: a
/// tuple, list or map is allocated when its header is read and its element
/// slots become holes on `Holes`; each following term fills the next hole.
class Builder {
public:
  Builder(TermAllocator &A, bool Safe) : A(A), Safe(Safe) {}
  std::optional<Term> run(ByteReader &R);

private:
  /// `Remaining` holes at `Slot`, `Slot + Stride`, ...; or, when `MapDone`,
  /// the slot that receives the innermost pending map once its pairs are in.
  struct Hole {
    Word *Slot;
    Word Remaining;
    unsigned Stride;
    bool MapDone;
  };
  /// Keys and values of a map being decoded, in input order.
  struct PendingMap {
    std::unique_ptr<Word[]> Pairs;
    Word Size;
  };

  Word *nextHole();
  bool finishMap(Word *Slot);
  bool build(const Item &It, Word *Slot);
  Term atom(const AtomText &Text);
  Term node(const Item &It, HeaderKind Kind);
  Term integer(const Item &It);
  Term list(Word Length);
  void startMap(Word Size, Word *Slot);
  Term string(std::span<const unsigned char> Bytes);
  Term fun(const Item &It, Term Module, Term Creator);
  void pushHoles(Word *Slot, Word Count, unsigned Stride) {
    if (Count)
      Holes.push_back({Slot, Count, Stride, false});
  }

  TermAllocator &A;
  bool Safe;
  std::vector<Hole> Holes;
  std::vector<PendingMap> Maps;
  bool Failed = false;
};

Word *Builder::nextHole() {
  while (!Holes.empty()) {
    Hole &H = Holes.back();
    if (H.MapDone) {
      Word *Slot = H.Slot;
      Holes.pop_back();
      if (!finishMap(Slot)) {
        Failed = true;
        return nullptr;
      }
      continue;
    }
    Word *Slot = H.Slot;
    H.Slot += H.Stride;
    if (--H.Remaining == 0)
      Holes.pop_back();
    return Slot;
  }
  return nullptr;
}

/// erl rejects a map whose keys are not all distinct (`=:=`).
bool Builder::finishMap(Word *Slot) {
  PendingMap &M = Maps.back();
  std::vector<MapEntry> Entries(M.Size);
  for (Word I = 0; I < M.Size; ++I)
    Entries[I] = {Term::fromRaw(M.Pairs[2 * I]), Term::fromRaw(M.Pairs[2 * I + 1])};
  Term Map = makeMap(A, Entries);
  Word Size = M.Size;
  Maps.pop_back();
  *Slot = Map.raw();
  return mapSize(Map) == Size;
}

/// Latin-1 bytes as UTF-8, the form the atom table looks atoms up by.
static std::string latin1ToUtf8(std::string_view Bytes) {
  std::string Out;
  for (unsigned char C : Bytes) {
    if (C < 0x80) {
      Out += char(C);
    } else {
      Out += char(0xC0 | C >> 6);
      Out += char(0x80 | (C & 0x3F));
    }
  }
  return Out;
}

/// The scanner checked the text; only a full atom table, or a new atom when
/// decoding with `safe`, can fail here.
Term Builder::atom(const AtomText &Text) {
  AtomTable &Table = AtomTable::get();
  std::optional<Term> T;
  if (Safe)
    T = Table.lookup(Text.Latin1 ? std::string_view(latin1ToUtf8(Text.Bytes)) : Text.Bytes);
  else
    T = Text.Latin1 ? Table.internLatin1(Text.Bytes) : Table.intern(Text.Bytes);
  if (!T)
    Failed = true;
  return T.value_or(Term::nil());
}

Term Builder::node(const Item &It, HeaderKind Kind) {
  const NodeItem &N = It.Node;
  if (N.Local) {
    if (Kind == HeaderKind::ExternalPid)
      return Term::localPid(N.Ids[0], N.Ids[1]);
    if (Kind == HeaderKind::ExternalPort)
      return Term::localPort(N.Ids[0]);
    return makeLocalRef(A, std::span<const Word>(N.Ids, N.NumIds));
  }
  return makeExternal(A, Kind, {atom(N.Node), N.Creation, std::span<const Word>(N.Ids, N.NumIds)});
}

Term Builder::integer(const Item &It) {
  if (It.Bytes.empty())
    return Term::small(It.Small);
  std::vector<Word> Limbs((It.Bytes.size() + 7) / 8, 0);
  for (std::size_t I = 0; I < It.Bytes.size(); ++I)
    Limbs[I / 8] |= Word(It.Bytes[I]) << (8 * (I % 8));
  return makeInteger(A, It.Negative, Limbs);
}

/// A list of `Length` cells whose heads, then tail, are holes.
Term Builder::list(Word Length) {
  Word *Cells = A.allocate(2 * Length);
  for (Word I = 0; I < Length; ++I) {
    Cells[2 * I] = Term::nil().raw();
    Cells[2 * I + 1] = I + 1 < Length ? Term::cons(Cells + 2 * I + 2).raw() : Term::nil().raw();
  }
  pushHoles(Cells + 2 * Length - 1, 1, 1);
  pushHoles(Cells, Length, 2);
  return Term::cons(Cells);
}

Term Builder::string(std::span<const unsigned char> Bytes) {
  if (Bytes.empty())
    return Term::nil();
  Word *Cells = A.allocate(2 * Bytes.size());
  for (std::size_t I = 0; I < Bytes.size(); ++I) {
    Cells[2 * I] = Term::small(Bytes[I]).raw();
    Cells[2 * I + 1] =
        I + 1 < Bytes.size() ? Term::cons(Cells + 2 * I + 2).raw() : Term::nil().raw();
  }
  return Term::cons(Cells);
}

Term Builder::fun(const Item &It, Term Module, Term Creator) {
  FunObject Fixed = It.Fun;
  Fixed.Module = Module.raw();
  Fixed.Creator = Creator.raw();
  std::vector<Term> Free(It.Count, Term::nil());
  Term F = makeFun(A, Fixed, Free);
  // The free variables follow the fixed words (Term.h); they are holes.
  pushHoles(F.boxedObject() + 1 + FunObject::FixedWords, It.Count, 1);
  return F;
}

/// Maps are built when their last value is in: `finishMap` fills the slot.
void Builder::startMap(Word Size, Word *Slot) {
  Maps.push_back({std::make_unique<Word[]>(2 * Size), Size});
  Holes.push_back({Slot, 0, 0, true});
  pushHoles(Maps.back().Pairs.get(), 2 * Size, 1);
}

bool Builder::build(const Item &It, Word *Slot) {
  Term T;
  switch (It.Kind) {
  case ItemKind::Integer:
    T = integer(It);
    break;
  case ItemKind::Float:
    T = makeFloat(A, It.Float);
    break;
  case ItemKind::Atom:
    T = atom(It.Atom);
    break;
  case ItemKind::Tuple: {
    Word *Obj = allocateTuple(A, It.Count);
    T = Term::boxed(Obj);
    pushHoles(Obj + 1, It.Count, 1);
    break;
  }
  case ItemKind::List:
    if (It.Count == 0) {
      pushHoles(Slot, 1, 1); // An empty LIST_EXT is its tail, as in erl.
      return true;
    }
    T = list(It.Count);
    break;
  case ItemKind::String:
    T = string(It.Bytes);
    break;
  case ItemKind::Binary:
    T = It.Count % 8 == 0 ? makeBinary(A, It.Bytes) : makeBitstring(A, It.Bytes, It.Count);
    break;
  case ItemKind::Map:
    if (It.Count != 0) {
      startMap(It.Count, Slot);
      return true;
    }
    T = makeMap(A, {});
    break;
  case ItemKind::Pid:
    T = node(It, HeaderKind::ExternalPid);
    break;
  case ItemKind::Port:
    T = node(It, HeaderKind::ExternalPort);
    break;
  case ItemKind::Ref:
    T = node(It, HeaderKind::ExternalRef);
    break;
  case ItemKind::Fun:
    T = fun(It, atom(It.Atom), node(It, HeaderKind::ExternalPid));
    break;
  case ItemKind::Export:
    T = makeExportFun(A, atom(It.Atom), atom(It.Atom2), Term::small(It.Small));
    break;
  }
  *Slot = T.raw();
  return !Failed;
}

std::optional<Term> Builder::run(ByteReader &R) {
  Word Result = Term::nil().raw();
  pushHoles(&Result, 1, 1);
  Item It;
  while (Word *Slot = nextHole()) {
    [[maybe_unused]] bool Ok = scanItem(R, It);
    assert(Ok && "the first pass accepted this input");
    if (!build(It, Slot))
      return std::nullopt;
  }
  if (Failed)
    return std::nullopt;
  return Term::fromRaw(Result);
}

//===----------------------------------------------------------------------===//
// Compression
//===----------------------------------------------------------------------===//

/// Inflates a zlib stream that must produce exactly `Size` bytes. The buffer
/// grows with the output actually produced, never to the claimed size up
/// front, so a lying size field cannot make us allocate.
bool inflateExactly(std::span<const unsigned char> In, std::size_t Size,
                    std::vector<unsigned char> &Out, std::size_t &Consumed) {
  z_stream S = {};
  if (inflateInit(&S) != Z_OK)
    return false;
  S.next_in = const_cast<unsigned char *>(In.data());
  S.avail_in = static_cast<uInt>(std::min<std::size_t>(In.size(), UINT32_MAX));
  std::size_t Limit = Size + 1; // One spare byte detects output beyond Size.
  int Rc = Z_OK;
  while (Rc == Z_OK) {
    std::size_t Have = S.total_out;
    if (Have == Out.size()) {
      if (Out.size() == Limit)
        break;
      Out.resize(std::min(Limit, std::max<std::size_t>(4096, 2 * Out.size())));
    }
    S.next_out = Out.data() + Have;
    S.avail_out = static_cast<uInt>(std::min<std::size_t>(Out.size() - Have, UINT32_MAX));
    Rc = inflate(&S, Z_NO_FLUSH);
  }
  bool Ok = Rc == Z_STREAM_END && S.total_out == Size;
  Consumed = S.total_in;
  inflateEnd(&S);
  Out.resize(Ok ? Size : 0);
  return Ok;
}

} // namespace

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

/// Decodes the term at the start of `Body` (after the version byte and any
/// decompression) and reports the bytes it used.
static std::optional<Term> decodeBody(TermAllocator &A, std::span<const unsigned char> Body,
                                      std::size_t &Used, bool Safe) {
  ByteReader R(Body);
  if (!validate(R, Used))
    return std::nullopt;
  return Builder(A, Safe).run(R);
}

std::optional<Term> beamr::decodeExternalPrefix(TermAllocator &A,
                                                std::span<const unsigned char> Bytes,
                                                std::size_t &Used, bool Safe) {
  if (Bytes.empty() || Bytes[0] != VersionMagic)
    return std::nullopt;
  std::span<const unsigned char> Rest = Bytes.subspan(1);
  // With fewer than five bytes after it, 80 is read (and rejected) as a tag.
  if (Rest.size() < 5 || Rest[0] != CompressedTag) {
    std::optional<Term> T = decodeBody(A, Rest, Used, Safe);
    Used += 1;
    return T;
  }
  std::size_t Size =
      std::size_t(Rest[1]) << 24 | std::size_t(Rest[2]) << 16 | std::size_t(Rest[3]) << 8 | Rest[4];
  std::vector<unsigned char> Inflated;
  std::size_t Consumed, BodyUsed;
  if (!inflateExactly(Rest.subspan(5), Size, Inflated, Consumed))
    return std::nullopt;
  std::optional<Term> T = decodeBody(A, Inflated, BodyUsed, Safe);
  Used = 6 + Consumed;
  return T;
}

std::optional<Term> beamr::decodeExternal(TermAllocator &A, std::span<const unsigned char> Bytes) {
  std::size_t Used;
  return decodeExternalPrefix(A, Bytes, Used);
}
