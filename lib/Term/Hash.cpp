//===- lib/Term/Hash.cpp - Term hashing, bit-identical to erl -------------===//
///
/// \file
/// Two hashes, both following the mixing steps of erl 25 word for word so the
/// numbers agree:
///
///  * `phash2` is the portable hash (`erlang:phash2/1,2`). It never looks at
///    machine words: atoms contribute the hash of their text, maps are hashed
///    as an XOR of per-pair hashes so their shape does not matter.
///  * `mapKeyHash` is erl's "internal" hash, which places keys in hash maps.
///    It hashes immediates by their raw word. Small integers and `[]` have
///    the same words as on erl, so integer, float, binary, bignum, list and
///    tuple keys land where erl puts them. Atoms hash by their index in *our*
///    atom table (erl uses its own indices, which depend on the history of
///    atom creation, so erl itself orders atom-keyed maps differently from
///    run to run); pids and ports hash by our word (erl's holds a process-table
///    index laid out by the table's configured size); export funs and external
///    identifiers hash by their contents where erl uses a C pointer.
///
/// Both walk the term with an explicit stack, never recursion, so a
/// million-deep term hashes in constant C stack.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Hash.h"

#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"

#include <bit>
#include <vector>

using namespace beamr;

namespace {

// Bob Jenkins' mixing step, the core of both hashes.
// clang-format off
inline void mix(std::uint32_t &A, std::uint32_t &B, std::uint32_t &C) {
  A -= B; A -= C; A ^= (C >> 13);
  B -= C; B -= A; B ^= (A << 8);
  C -= A; C -= B; C ^= (B >> 13);
  A -= B; A -= C; A ^= (C >> 12);
  B -= C; B -= A; B ^= (A << 16);
  C -= A; C -= B; C ^= (B >> 5);
  A -= B; A -= C; A ^= (C >> 3);
  B -= C; B -= A; B ^= (A << 10);
  C -= A; C -= B; C ^= (B >> 15);
}
// clang-format on

// HCONST * N mod 2^32, the per-type constants of erl's hashes.
constexpr std::uint32_t HConst = 0x9e3779b9u;
constexpr std::uint32_t hconst(unsigned N) { return HConst * N; }

/// Mixes two 32-bit inputs into `Hash` under a type constant.
inline void hash2(std::uint32_t &Hash, std::uint32_t X, std::uint32_t Y, std::uint32_t Const) {
  std::uint32_t A = Const + X, B = Const + Y;
  mix(A, B, Hash);
}
inline void hash1(std::uint32_t &Hash, std::uint32_t X, std::uint32_t Const) {
  hash2(Hash, X, 0, Const);
}

/// Jenkins' lookup2 over a byte block, seeded with `InitVal`.
std::uint32_t blockHash(const unsigned char *K, std::size_t Length, std::uint32_t InitVal) {
  std::uint32_t A = HConst, B = HConst, C = InitVal;
  auto Word32 = [](const unsigned char *P) {
    return std::uint32_t(P[0]) | std::uint32_t(P[1]) << 8 | std::uint32_t(P[2]) << 16 |
           std::uint32_t(P[3]) << 24;
  };
  std::size_t Len = Length;
  for (; Len >= 12; Len -= 12, K += 12) {
    A += Word32(K);
    B += Word32(K + 4);
    C += Word32(K + 8);
    mix(A, B, C);
  }
  C += std::uint32_t(Length);
  // The low byte of C is taken by the length, so the tail starts at bit 8.
  unsigned char Tail[12] = {};
  std::memcpy(Tail, K, Len);
  A += Word32(Tail);
  B += Word32(Tail + 4);
  C += Word32(Tail + 8) << 8;
  mix(A, B, C);
  return C;
}

/// The bytes of a bitstring, realigned when it starts mid-byte.
struct BitBytes {
  std::vector<unsigned char> Storage;
  const unsigned char *Bytes;
  std::uint32_t WholeBytes; // erl truncates the size to 32 bits.
  unsigned TrailingBits;

  explicit BitBytes(Term Bits) {
    BitstringView V = viewBitstring(Bits);
    WholeBytes = std::uint32_t(V.BitSize / 8);
    TrailingBits = unsigned(V.BitSize % 8);
    Word Needed = (V.BitSize + 7) / 8;
    if (V.isByteAligned()) {
      Bytes = V.Base + V.BitOffset / 8;
      return;
    }
    Storage.resize(Needed);
    for (Word I = 0; I < Needed; ++I)
      Storage[I] = V.byteAt(I);
    Bytes = Storage.data();
  }
  /// The trailing bits as a number.
  unsigned tailValue() const { return Bytes[WholeBytes] >> (8 - TrailingBits); }
};

/// Both hashes pack a list's leading run of byte-sized integers four to a
/// word, as erl does for strings. Hashes the full words, leaves the last
/// `Count` (< 4) bytes in `Packed`, and returns the cell holding the first
/// element that is not a byte, or the list's tail after the run.
Term hashByteRun(std::uint32_t &Hash, Term L, unsigned &Count, std::uint32_t &Packed) {
  Term Cell = L;
  while (true) {
    Term H = Cell.head();
    if (!H.isSmall() || H.smallValue() < 0 || H.smallValue() > 255)
      return Cell;
    Packed = (Packed << 8) + std::uint32_t(H.smallValue());
    if (Count == 3) {
      hash1(Hash, Packed, hconst(4));
      Count = 0;
      Packed = 0;
    } else {
      ++Count;
    }
    Cell = Cell.tail();
    if (!Cell.isCons())
      return Cell;
  }
}

/// Both hashes mix a binary the same way, seeded from the running hash.
void hashBitstring(std::uint32_t &Hash, Term Bits) {
  BitBytes B(Bits);
  std::uint32_t Con = hconst(13) + Hash;
  if (B.WholeBytes == 0 && B.TrailingBits == 0) {
    Hash = Con;
    return;
  }
  Hash = blockHash(B.Bytes, B.WholeBytes, Con);
  if (B.TrailingBits)
    hash2(Hash, B.TrailingBits, B.tailValue(), hconst(15));
}

void hashBignum(std::uint32_t &Hash, Term Big) {
  std::uint32_t Con = bignumIsNegative(Big) ? hconst(10) : hconst(11);
  for (Word Limb : bignumLimbs(Big))
    hash2(Hash, std::uint32_t(Limb), std::uint32_t(Limb >> 32), Con);
}

/// erl's atom-table hash (hashpjw), which folds two-byte UTF-8 sequences of
/// Latin-1 characters back to one byte, as atoms were Latin-1 before OTP 20.
std::uint32_t atomTextHash(Term Atom) {
  std::string_view S = AtomTable::get().name(Atom);
  std::uint32_t H = 0;
  for (std::size_t I = 0; I < S.size(); ++I) {
    unsigned V = static_cast<unsigned char>(S[I]);
    if (I + 1 < S.size() && (V & 0xFE) == 0xC2 &&
        (static_cast<unsigned char>(S[I + 1]) & 0xC0) == 0x80) {
      V = ((V << 6) | (static_cast<unsigned char>(S[I + 1]) & 0x3F)) & 0xFF;
      ++I;
    }
    H = (H << 4) + V;
    if (std::uint32_t G = H & 0xF0000000u) {
      H ^= G >> 24;
      H ^= G;
    }
  }
  return H;
}

/// Double bits with -0.0 folded into 0.0 (they are `=:=` in erl 25).
Word floatBits(Term F) {
  double D = F.floatValue();
  if (D == 0.0)
    D = 0.0;
  return std::bit_cast<Word>(D);
}

/// Pushes the children of a hash-map node (head or inner), first child
/// deepest, calling `Leaf` for cons leaves and `Node` for sub-nodes.
template <typename LeafFn, typename NodeFn>
void forEachHashChild(Term Node, LeafFn Leaf, NodeFn Node2) {
  Word *Obj = Node.boxedObject();
  bool IsHead = headerKind(Obj[0]) == HeaderKind::HashMapHead;
  Word *Children = Obj + (IsHead ? 3 : 2);
  Word Count = headerArity(Obj[0]) - (IsHead ? 2 : 1);
  for (Word I = 0; I < Count; ++I) {
    Term C = Term::fromRaw(Children[I]);
    if (C.isCons())
      Leaf(C);
    else
      Node2(C);
  }
}

//===----------------------------------------------------------------------===//
// phash2
//===----------------------------------------------------------------------===//

/// Work items of the portable hash: a term, or a marker closing a map pair
/// or a whole map (which restores the saved hash and XOR accumulator).
struct PortableItem {
  enum ItemKind : std::uint8_t { TermItem, MapPair, MapTail } Kind;
  Word Value;  // The term, or for MapTail the saved hash.
  Word Value2; // For MapTail: the saved XOR accumulator.
};

class PortableHasher {
public:
  std::uint32_t run(Term T);

private:
  void hashTerm(Term T);
  void hashList(Term L);
  void hashBoxed(Term T);
  void hashMap(Term M);
  void hashFun(Term F);
  void hashSmall(SWord V);
  void push(Term T) { Stack.push_back({PortableItem::TermItem, T.raw(), 0}); }

  std::vector<PortableItem> Stack;
  std::uint32_t Hash = 0;
  std::uint32_t XorPairs = 0;
};

std::uint32_t PortableHasher::run(Term T) {
  hashTerm(T);
  while (!Stack.empty()) {
    PortableItem It = Stack.back();
    Stack.pop_back();
    switch (It.Kind) {
    case PortableItem::TermItem:
      hashTerm(Term::fromRaw(It.Value));
      break;
    case PortableItem::MapPair:
      XorPairs ^= Hash;
      Hash = 0;
      break;
    case PortableItem::MapTail:
      Hash = std::uint32_t(It.Value);
      hash1(Hash, XorPairs, hconst(19));
      XorPairs = std::uint32_t(It.Value2);
      break;
    }
  }
  return Hash;
}

void PortableHasher::hashSmall(SWord V) {
  if (V < -(SWord(1) << 27) || V >= (SWord(1) << 27)) {
    Word T = V < 0 ? Word(-V) : Word(V);
    hash2(Hash, std::uint32_t(T), std::uint32_t(T >> 32), V < 0 ? hconst(10) : hconst(11));
    return;
  }
  auto Y = std::int32_t(V);
  if (Y < 0) // erl mixes negative numbers twice.
    hash1(Hash, std::uint32_t(-Y), HConst);
  hash1(Hash, std::uint32_t(Y), HConst);
}

void PortableHasher::hashTerm(Term T) {
  switch (T.primary()) {
  case PrimaryTag::List:
    return hashList(T);
  case PrimaryTag::Boxed:
    return hashBoxed(T);
  case PrimaryTag::Header:
    assert(false && "a header word is not a term");
    return;
  case PrimaryTag::Immediate:
    break;
  }
  if (T.isSmall())
    return hashSmall(T.smallValue());
  if (T.isAtom()) {
    // erl's shortcut: a bare atom is its text hash, unmixed.
    std::uint32_t H = atomTextHash(T);
    if (Hash == 0)
      Hash = H;
    else
      hash1(Hash, H, hconst(3));
    return;
  }
  if (T.isNil()) {
    if (Hash == 0)
      Hash = 3468870702u;
    else
      hash1(Hash, /*NIL_DEF*/ 2, hconst(2));
    return;
  }
  if (T.isLocalPid())
    return hash1(Hash, std::uint32_t(T.pidNumber()), hconst(5));
  if (T.isLocalPort()) {
    Word N = T.portNumber();
    return hash2(Hash, std::uint32_t(N), std::uint32_t(N >> 32), hconst(6));
  }
  assert(false && "catch words are not terms");
}

/// Runs of byte-sized integers are packed four to a word, as erl does for
/// strings; any other element is pushed and hashed on its own.
void PortableHasher::hashList(Term L) {
  unsigned Count = 0;
  std::uint32_t Packed = 0;
  Term Cell = hashByteRun(Hash, L, Count, Packed);
  if (Count > 0)
    hash1(Hash, Packed, hconst(4));
  if (Cell.isCons()) {
    push(Cell.tail());
    push(Cell.head());
  } else {
    push(Cell);
  }
}

void PortableHasher::hashMap(Term M) {
  Word *Obj = M.boxedObject();
  bool Flat = headerKind(Obj[0]) == HeaderKind::FlatMap;
  Word Size = Obj[1];
  hash1(Hash, std::uint32_t(Size), hconst(16));
  if (Size == 0)
    return;
  Stack.push_back({PortableItem::MapTail, Hash, XorPairs});
  Hash = 0;
  XorPairs = 0;
  // Each pair is hashed from zero and folded in with XOR, so the order of
  // pairs (and the trie shape) does not change the result.
  auto PushPair = [this](Term K, Term V) {
    Stack.push_back({PortableItem::MapPair, 0, 0});
    push(V);
    push(K);
  };
  if (Flat) {
    Term Keys = Term::fromRaw(Obj[2]);
    for (Word I = Size; I-- > 0;)
      PushPair(Keys.tupleElement(I), Term::fromRaw(Obj[3 + I]));
    return;
  }
  std::vector<Term> Nodes{M};
  while (!Nodes.empty()) {
    Term N = Nodes.back();
    Nodes.pop_back();
    forEachHashChild(
        N, [&](Term Leaf) { PushPair(Leaf.head(), Leaf.tail()); },
        [&](Term Sub) { Nodes.push_back(Sub); });
  }
}

void PortableHasher::hashFun(Term F) {
  const FunObject &Fun = viewFun(F);
  Term Module = Term::fromRaw(Fun.Module);
  hash2(Hash, std::uint32_t(Fun.NumFree), atomTextHash(Module), HConst);
  hash2(Hash, std::uint32_t(Fun.Index), std::uint32_t(Fun.OldUniq), HConst);
  for (Word I = Fun.NumFree; I-- > 0;)
    push(Fun.freeVar(I));
}

void PortableHasher::hashBoxed(Term T) {
  Word *Obj = T.boxedObject();
  switch (headerKind(Obj[0])) {
  case HeaderKind::Tuple: {
    Word Arity = headerArity(Obj[0]);
    hash1(Hash, std::uint32_t(Arity), hconst(9));
    for (Word I = Arity; I-- > 0;)
      push(Term::fromRaw(Obj[1 + I]));
    return;
  }
  case HeaderKind::FlatMap:
  case HeaderKind::HashMapHead:
    return hashMap(T);
  case HeaderKind::Fun:
    return hashFun(T);
  case HeaderKind::Export: {
    Term M = Term::fromRaw(Obj[1]), F = Term::fromRaw(Obj[2]), A = Term::fromRaw(Obj[3]);
    hash2(Hash, std::uint32_t(A.smallValue()), atomTextHash(M), HConst);
    return hash1(Hash, atomTextHash(F), hconst(14));
  }
  case HeaderKind::HeapBinary:
  case HeaderKind::RefcBinary:
  case HeaderKind::SubBinary:
    return hashBitstring(Hash, T);
  case HeaderKind::PosBignum:
  case HeaderKind::NegBignum:
    return hashBignum(Hash, T);
  case HeaderKind::Ref:
    return hash1(Hash, std::uint32_t(localRefIds(T)[0]), hconst(7));
  case HeaderKind::ExternalRef:
    return hash1(Hash, std::uint32_t(viewExternal(T).Ids[0]), hconst(7));
  case HeaderKind::ExternalPid:
    return hash1(Hash, std::uint32_t(viewExternal(T).Ids[0]), hconst(5));
  case HeaderKind::ExternalPort: {
    Word N = viewExternal(T).Ids[0];
    return hash2(Hash, std::uint32_t(N), std::uint32_t(N >> 32), hconst(6));
  }
  case HeaderKind::Float: {
    Word Bits = floatBits(T);
    return hash2(Hash, std::uint32_t(Bits >> 32), std::uint32_t(Bits), hconst(12));
  }
  case HeaderKind::MatchState:
  case HeaderKind::HashMapNode:
    assert(false && "not a term");
    return;
  }
}

//===----------------------------------------------------------------------===//
// The internal (map key) hash
//===----------------------------------------------------------------------===//

/// Work items of the internal hash: a term, or the marker hashed between a
/// cons cell's head and a tail that is not a cons.
struct InternalItem {
  bool IsCdrMarker;
  Word Value;
};

class InternalHasher {
public:
  explicit InternalHasher(std::uint32_t Salt) : Hash(Salt ^ 3432918353u) {}
  std::uint32_t run(Term T);

private:
  void hashTerm(Term T);
  void hashList(Term L);
  void hashBoxed(Term T);
  void hashMap(Term M);
  void hashExternal(Term T, std::uint32_t Const);
  void hashWord(Word W) { hash2(Hash, std::uint32_t(W), std::uint32_t(W >> 32), HConst); }
  void constHash(std::uint32_t Const) {
    Hash ^= Const;
    Hash = (Hash << 17) ^ (Hash >> 15);
  }
  void push(Term T) { Stack.push_back({false, T.raw()}); }

  std::vector<InternalItem> Stack;
  std::uint32_t Hash;
};

std::uint32_t InternalHasher::run(Term T) {
  hashTerm(T);
  while (!Stack.empty()) {
    InternalItem It = Stack.back();
    Stack.pop_back();
    if (It.IsCdrMarker)
      constHash(hconst(18));
    else
      hashTerm(Term::fromRaw(It.Value));
  }
  return Hash;
}

void InternalHasher::hashTerm(Term T) {
  switch (T.primary()) {
  case PrimaryTag::List:
    return hashList(T);
  case PrimaryTag::Boxed:
    return hashBoxed(T);
  case PrimaryTag::Immediate:
    return hashWord(T.raw());
  case PrimaryTag::Header:
    assert(false && "a header word is not a term");
    return;
  }
}

void InternalHasher::hashList(Term L) {
  unsigned Count = 0;
  std::uint32_t Packed = 0;
  Term Cell = hashByteRun(Hash, L, Count, Packed);
  if (Count > 0)
    hash2(Hash, Packed, Count, hconst(22));
  if (!Cell.isCons()) {
    push(Cell);
    return;
  }
  Term Tail = Cell.tail();
  constHash(hconst(17));
  push(Tail);
  if (!Tail.isCons())
    Stack.push_back({true, 0});
  push(Cell.head());
}

/// Unlike phash2, pairs are hashed in iteration order, as erl does.
void InternalHasher::hashMap(Term M) {
  Word *Obj = M.boxedObject();
  HeaderKind K = headerKind(Obj[0]);
  if (K == HeaderKind::FlatMap) {
    Word Size = Obj[1];
    hash1(Hash, std::uint32_t(Size), hconst(16));
    Term Keys = Term::fromRaw(Obj[2]);
    for (Word I = Size; I-- > 0;) {
      push(Term::fromRaw(Obj[3 + I]));
      push(Keys.tupleElement(I));
    }
    return;
  }
  if (K == HeaderKind::HashMapHead)
    hash1(Hash, std::uint32_t(Obj[1]), hconst(16));
  forEachHashChild(
      M,
      [&](Term Leaf) {
        push(Leaf.tail());
        push(Leaf.head());
      },
      [&](Term Sub) { push(Sub); });
}

/// erl mixes the address of the node entry here; we mix the node's name and
/// creation, which identify it just as well and are stable.
void InternalHasher::hashExternal(Term T, std::uint32_t Const) {
  NodeIds Ids = viewExternal(T);
  hash2(Hash, std::uint32_t(Ids.Node.raw()), Ids.Creation, Const);
  HeaderKind K = headerKind(T.boxedHeader());
  if (K == HeaderKind::ExternalRef) {
    hash1(Hash, std::uint32_t(Ids.Ids[0]), Const);
    hash2(Hash, Ids.Ids.size() > 1 ? std::uint32_t(Ids.Ids[1]) : 0,
          Ids.Ids.size() > 2 ? std::uint32_t(Ids.Ids[2]) : 0, hconst(8));
    return;
  }
  Word A = Ids.Ids[0];
  Word B = Ids.Ids.size() > 1 ? Ids.Ids[1] : A >> 32;
  hash2(Hash, std::uint32_t(A), std::uint32_t(B), Const);
}

void InternalHasher::hashBoxed(Term T) {
  Word *Obj = T.boxedObject();
  switch (headerKind(Obj[0])) {
  case HeaderKind::Tuple: {
    Word Arity = headerArity(Obj[0]);
    hash1(Hash, std::uint32_t(Arity), hconst(9));
    for (Word I = Arity; I-- > 0;)
      push(Term::fromRaw(Obj[1 + I]));
    return;
  }
  case HeaderKind::FlatMap:
  case HeaderKind::HashMapHead:
  case HeaderKind::HashMapNode:
    return hashMap(T);
  case HeaderKind::Fun: {
    const FunObject &Fun = viewFun(T);
    hash2(Hash, std::uint32_t(Fun.NumFree), std::uint32_t(Fun.Module), hconst(20));
    hash2(Hash, std::uint32_t(Fun.Index), std::uint32_t(Fun.OldUniq), hconst(21));
    for (Word I = Fun.NumFree; I-- > 0;)
      push(Fun.freeVar(I));
    return;
  }
  case HeaderKind::Export:
    // erl mixes the export entry's address; we mix what it identifies.
    hash2(Hash, std::uint32_t(Obj[1]), std::uint32_t(Obj[2]), hconst(14));
    return hash1(Hash, std::uint32_t(Obj[3]), hconst(14));
  case HeaderKind::HeapBinary:
  case HeaderKind::RefcBinary:
  case HeaderKind::SubBinary:
    return hashBitstring(Hash, T);
  case HeaderKind::PosBignum:
  case HeaderKind::NegBignum:
    return hashBignum(Hash, T);
  case HeaderKind::Ref: {
    std::span<const Word> Ids = localRefIds(T);
    hash1(Hash, std::uint32_t(Ids[0]), hconst(7));
    return hash2(Hash, Ids.size() > 1 ? std::uint32_t(Ids[1]) : 0,
                 Ids.size() > 2 ? std::uint32_t(Ids[2]) : 0, hconst(8));
  }
  case HeaderKind::ExternalRef:
    return hashExternal(T, hconst(7));
  case HeaderKind::ExternalPid:
    return hashExternal(T, hconst(5));
  case HeaderKind::ExternalPort:
    return hashExternal(T, hconst(6));
  case HeaderKind::Float: {
    Word Bits = floatBits(T);
    return hash2(Hash, std::uint32_t(Bits), std::uint32_t(Bits >> 32), hconst(12));
  }
  case HeaderKind::MatchState:
    assert(false && "not a term");
    return;
  }
}

//===-- erlang:phash/2's hash (erl's make_hash) ---------------------------===//

/// The multipliers of erl's original term hash.
constexpr std::uint32_t Funny[15] = {0,         268440163, 268439161, 268435459, 268436141,
                                     268438633, 268437017, 268438039, 268437511, 268439627,
                                     268440479, 268440577, 268440581, 268440593, 268440611};

class LegacyHasher {
public:
  std::uint32_t run(Term T) {
    hashTerm(T);
    return Hash;
  }

private:
  std::uint32_t Hash = 0;

  /// Four bytes of `X`, low first.
  void step(std::uint32_t X, std::uint32_t Prime) {
    for (unsigned K = 0; K < 32; K += 8)
      Hash = Hash * Prime + ((X >> K) & 0xFF);
  }
  void hashSmall(SWord V) {
    Word Mag = V < 0 ? -Word(V) : Word(V);
    step(std::uint32_t(Mag), Funny[2]);
    if (Mag >> 32)
      step(std::uint32_t(Mag >> 32), Funny[2]);
    Hash *= V < 0 ? Funny[4] : Funny[3];
  }
  void hashBignum(Term Big) {
    std::span<const Word> Limbs = bignumLimbs(Big);
    for (std::size_t I = 0; I < Limbs.size(); ++I) {
      Word D = Limbs[I];
      unsigned Bytes = I + 1 < Limbs.size() || (D >> 32) ? 8 : 4;
      for (unsigned J = 0; J < Bytes; ++J, D >>= 8)
        Hash = Hash * Funny[2] + std::uint32_t(D & 0xFF);
    }
    Hash *= bignumIsNegative(Big) ? Funny[4] : Funny[3];
  }
  void hashBitstring(Term T) {
    BitstringView V = viewBitstring(T);
    Word Size = V.BitSize / 8;
    for (Word I = 0; I < Size; ++I)
      Hash = Hash * Funny[1] + V.byteAt(I);
    if (unsigned Rest = V.BitSize % 8)
      Hash = (Hash * Funny[1] + (V.byteAt(Size) >> (8 - Rest))) * Funny[12] + Rest;
    Hash = Hash * Funny[4] + std::uint32_t(Size);
  }
  void hashList(Term L) {
    for (;;) {
      Term H = L.head();
      if (H.isSmall() && H.smallValue() >= 0 && H.smallValue() <= 255)
        Hash = Hash * Funny[2] + std::uint32_t(H.smallValue());
      else
        hashTerm(H);
      L = L.tail();
      if (!L.isCons()) {
        hashTerm(L);
        Hash *= Funny[8];
        return;
      }
    }
  }
  void hashFun(Term F) {
    if (F.isBoxedKind(HeaderKind::Export)) {
      const Word *Obj = F.boxedObject();
      Hash = Hash * Funny[11] + std::uint32_t(Term::fromRaw(Obj[3]).smallValue());
      Hash = Hash * Funny[1] + atomTextHash(Term::fromRaw(Obj[1]));
      Hash = Hash * Funny[1] + atomTextHash(Term::fromRaw(Obj[2]));
      return;
    }
    const FunObject &O = viewFun(F);
    Hash = Hash * Funny[10] + std::uint32_t(O.NumFree);
    Hash = Hash * Funny[1] + atomTextHash(Term::fromRaw(O.Module));
    Hash = Hash * Funny[2] + std::uint32_t(O.Index);
    Hash = Hash * Funny[2] + std::uint32_t(O.OldUniq);
    for (Word I = 0; I < O.NumFree; ++I)
      hashTerm(O.freeVar(I));
  }
  void hashTerm(Term T);
};

void LegacyHasher::hashTerm(Term T) {
  if (T.isNil()) {
    Hash = Hash * Funny[3] + 1;
  } else if (T.isAtom()) {
    Hash = Hash * Funny[1] + atomTextHash(T);
  } else if (T.isSmall()) {
    hashSmall(T.smallValue());
  } else if (T.isCons()) {
    hashList(T);
  } else if (T.isLocalPid()) {
    step(std::uint32_t(T.pidNumber() & 0x7FFF), Funny[5]);
    Hash *= Funny[6];
  } else if (T.isBitstring()) {
    hashBitstring(T);
  } else if (T.isTuple()) {
    for (Word I = 0; I < T.tupleArity(); ++I)
      hashTerm(T.tupleElement(I));
    Hash = Hash * Funny[9] + std::uint32_t(T.tupleArity());
  } else if (T.isMap()) {
    Hash = Hash * Funny[13] + Funny[14] + PortableHasher().run(T);
  } else if (T.isFloat()) {
    Word Bits = floatBits(T);
    Hash = Hash * Funny[6] + (std::uint32_t(Bits) ^ std::uint32_t(Bits >> 32));
  } else if (T.isBoxedKind(HeaderKind::PosBignum) || T.isBoxedKind(HeaderKind::NegBignum)) {
    hashBignum(T);
  } else if (T.isBoxedKind(HeaderKind::Fun) || T.isBoxedKind(HeaderKind::Export)) {
    hashFun(T);
  } else if (T.isBoxedKind(HeaderKind::Ref)) {
    std::span<const Word> Ids = localRefIds(T);
    step(Ids.empty() ? 0 : std::uint32_t(Ids[0]), Funny[9]);
    Hash *= Funny[10];
  } else {
    // Ports and other nodes' identifiers: erl hashes their numbers; these
    // are not erl's numbers anyway, so any fixed mixing will do.
    step(0, Funny[9]);
    Hash *= Funny[10];
  }
}

} // namespace

std::uint32_t beamr::legacyHash(Term T) { return LegacyHasher().run(T); }

std::uint32_t beamr::phash2(Term T) { return PortableHasher().run(T) & ((1u << 27) - 1); }

std::uint32_t beamr::phash2(Term T, std::uint64_t Range) {
  assert(Range >= 1 && Range <= (std::uint64_t(1) << 32) && "phash2 range out of bounds");
  std::uint32_t H = PortableHasher().run(T);
  return Range == (std::uint64_t(1) << 32) ? H : std::uint32_t(H % Range);
}

std::uint32_t beamr::mapKeyHash(Term Key, std::uint32_t Salt) {
  // Generation 0 is unsalted; deeper generations mix the depth in first.
  std::uint32_t Seed = 0;
  if (Salt > 0)
    hash2(Seed, Salt, 1, hconst(22));
  return InternalHasher(Seed).run(Key);
}

std::uint32_t beamr::etsKeyHash(Term Key) {
  return Key.isAtom() ? atomTextHash(Key) : mapKeyHash(Key, 0);
}
