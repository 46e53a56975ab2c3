//===- lib/Term/Compare.cpp - Erlang term order and equality --------------===//
///
/// \file
/// erl 25's term order. The comparison walks both terms with an explicit
/// stack of pending pairs and element runs, so nesting depth costs heap, not
/// C stack. Each pending item carries its own exactness because map keys are
/// always compared exactly even inside an arithmetic (`==`) comparison.
///
/// Numbers compare by exact value (GMP's `mpz_cmp_d` is exact, matching erl,
/// which never rounds an integer to a double it cannot hold). In the exact
/// order every integer sorts before every float, which is the order erl uses
/// for map keys; `0.0` and `-0.0` are equal, as in erl 25.
///
/// Maps compare by size, then by their keys in exact order, then by the
/// values in that key order. Flat maps already hold sorted keys; hash maps
/// are sorted on the side (the sort's own comparisons may recurse, but only
/// as deep as hash maps are nested inside hash-map keys).
//===----------------------------------------------------------------------===//
#include "beamr/Term/Compare.h"

#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <algorithm>
#include <gmp.h>
#include <memory>
#include <optional>
#include <vector>

using namespace beamr;

namespace {

/// Type classes in increasing term order.
enum class TypeRank : unsigned {
  Number,
  Atom,
  Ref,
  Fun,
  Port,
  Pid,
  Tuple,
  Map,
  Nil,
  Cons,
  Bitstring
};

TypeRank rankOf(Term T) {
  switch (T.primary()) {
  case PrimaryTag::List:
    return TypeRank::Cons;
  case PrimaryTag::Immediate:
    if (T.isSmall())
      return TypeRank::Number;
    if (T.isAtom())
      return TypeRank::Atom;
    if (T.isNil())
      return TypeRank::Nil;
    if (T.isLocalPid())
      return TypeRank::Pid;
    return TypeRank::Port;
  case PrimaryTag::Header:
  case PrimaryTag::Boxed:
    break;
  }
  switch (headerKind(T.boxedHeader())) {
  case HeaderKind::Tuple:
    return TypeRank::Tuple;
  case HeaderKind::PosBignum:
  case HeaderKind::NegBignum:
  case HeaderKind::Float:
    return TypeRank::Number;
  case HeaderKind::Ref:
  case HeaderKind::ExternalRef:
    return TypeRank::Ref;
  case HeaderKind::Fun:
  case HeaderKind::Export:
    return TypeRank::Fun;
  case HeaderKind::ExternalPid:
    return TypeRank::Pid;
  case HeaderKind::ExternalPort:
    return TypeRank::Port;
  case HeaderKind::FlatMap:
  case HeaderKind::HashMapHead:
  case HeaderKind::HashMapNode:
    return TypeRank::Map;
  case HeaderKind::RefcBinary:
  case HeaderKind::HeapBinary:
  case HeaderKind::SubBinary:
  case HeaderKind::MatchState:
    return TypeRank::Bitstring;
  }
  return TypeRank::Bitstring;
}

template <typename T> int sign(T A, T B) { return A < B ? -1 : (A > B ? 1 : 0); }

int compareAtoms(Term A, Term B) {
  if (A == B)
    return 0;
  AtomTable &Table = AtomTable::get();
  std::string_view X = Table.name(A), Y = Table.name(B);
  if (int C = std::memcmp(X.data(), Y.data(), std::min(X.size(), Y.size())))
    return C < 0 ? -1 : 1;
  return sign(X.size(), Y.size());
}

/// A read-only GMP view of an integer term (no allocation).
struct IntegerView {
  Word Limb;
  mpz_t Z;
  explicit IntegerView(Term I) {
    if (I.isSmall()) {
      SWord V = I.smallValue();
      Limb = V < 0 ? Word(-V) : Word(V);
      mpz_roinit_n(Z, reinterpret_cast<const mp_limb_t *>(&Limb), V < 0 ? -1 : (V != 0));
      return;
    }
    std::span<const Word> L = bignumLimbs(I);
    auto N = mp_size_t(L.size());
    mpz_roinit_n(Z, reinterpret_cast<const mp_limb_t *>(L.data()), bignumIsNegative(I) ? -N : N);
  }
};

int compareIntegers(Term A, Term B) {
  if (A.isSmall() && B.isSmall())
    return sign(A.smallValue(), B.smallValue());
  IntegerView X(A), Y(B);
  int C = mpz_cmp(X.Z, Y.Z);
  return sign(C, 0);
}

int compareNumbers(Term A, Term B, bool Exact) {
  bool AF = A.isFloat(), BF = B.isFloat();
  if (AF && BF)
    return sign(A.floatValue(), B.floatValue());
  if (!AF && !BF)
    return compareIntegers(A, B);
  if (Exact) // Map-key order: every integer before every float.
    return AF ? 1 : -1;
  if (AF)
    return -sign(mpz_cmp_d(IntegerView(B).Z, A.floatValue()), 0);
  return sign(mpz_cmp_d(IntegerView(A).Z, B.floatValue()), 0);
}

/// The node of a pid, port or ref: this node is `nonode@nohost`, creation 0,
/// as erl without distribution.
struct NodeName {
  Term Node;
  std::uint32_t Creation;
};

NodeName nodeOf(Term T) {
  if (T.isBoxed()) {
    HeaderKind K = headerKind(T.boxedHeader());
    if (K == HeaderKind::ExternalPid || K == HeaderKind::ExternalPort ||
        K == HeaderKind::ExternalRef) {
      NodeIds Ids = viewExternal(T);
      return {Ids.Node, Ids.Creation};
    }
  }
  return {atomTerm(atoms::NonodeAtNohost), 0};
}

int compareNodes(Term A, Term B) {
  NodeName X = nodeOf(A), Y = nodeOf(B);
  if (int C = compareAtoms(X.Node, Y.Node))
    return C;
  return sign(X.Creation, Y.Creation);
}

/// Pids order by serial, then number, then node.
int comparePids(Term A, Term B) {
  auto Parts = [](Term P) -> std::pair<Word, Word> {
    if (P.isLocalPid())
      return {P.pidSerial(), P.pidNumber()};
    NodeIds Ids = viewExternal(P);
    return {Ids.Ids[1], Ids.Ids[0]};
  };
  auto [SA, NA] = Parts(A);
  auto [SB, NB] = Parts(B);
  if (SA != SB)
    return sign(SA, SB);
  if (NA != NB)
    return sign(NA, NB);
  return compareNodes(A, B);
}

/// Ports order by node first (a local port never equals an external one),
/// then number.
int comparePorts(Term A, Term B) {
  if (A.isLocalPort() && B.isLocalPort())
    return sign(A.portNumber(), B.portNumber());
  if (int C = compareNodes(A, B))
    return C;
  Word NA = A.isLocalPort() ? A.portNumber() : viewExternal(A).Ids[0];
  Word NB = B.isLocalPort() ? B.portNumber() : viewExternal(B).Ids[0];
  return sign(NA, NB);
}

std::span<const Word> refIds(Term R) {
  if (headerKind(R.boxedHeader()) == HeaderKind::Ref)
    return localRefIds(R);
  return viewExternal(R).Ids;
}

/// Refs order by node, then by their 32-bit numbers from the last one down;
/// missing high numbers count as zero.
int compareRefs(Term A, Term B) {
  if (int C = compareNodes(A, B))
    return C;
  std::span<const Word> X = refIds(A), Y = refIds(B);
  std::size_t N = std::max(X.size(), Y.size());
  for (std::size_t I = N; I-- > 0;) {
    Word XI = I < X.size() ? X[I] : 0, YI = I < Y.size() ? Y[I] : 0;
    if (XI != YI)
      return sign(XI, YI);
  }
  return 0;
}

int compareBitstrings(Term A, Term B) {
  BitstringView X = viewBitstring(A), Y = viewBitstring(B);
  Word MinBits = std::min(X.BitSize, Y.BitSize);
  if (X.isByteAligned() && Y.isByteAligned()) {
    Word Bytes = MinBits / 8;
    if (int C = std::memcmp(X.Base + X.BitOffset / 8, Y.Base + Y.BitOffset / 8, Bytes))
      return C < 0 ? -1 : 1;
  } else {
    for (Word I = 0; I < MinBits / 8; ++I)
      if (unsigned char XB = X.byteAt(I), YB = Y.byteAt(I); XB != YB)
        return sign(XB, YB);
  }
  if (Word Rest = MinBits % 8) {
    unsigned Mask = (0xFF00u >> Rest) & 0xFF;
    unsigned XB = X.byteAt(MinBits / 8) & Mask, YB = Y.byteAt(MinBits / 8) & Mask;
    if (XB != YB)
      return sign(XB, YB);
  }
  return sign(X.BitSize, Y.BitSize);
}

/// One unit of pending work: compare `Count` terms at `A` and `B` pairwise.
struct Pending {
  const Word *A;
  const Word *B;
  std::size_t Count;
  bool Exact;
};

class Comparer {
public:
  int run(Term A, Term B, bool Exact);

private:
  int step(Term A, Term B, bool Exact);
  int compareSameRank(Term A, Term B, bool Exact);
  int compareFuns(Term A, Term B, bool Exact);
  int compareMaps(Term A, Term B, bool Exact);
  void pushArray(const Word *A, const Word *B, std::size_t N, bool Exact) {
    if (N)
      Stack.push_back({A, B, N, Exact});
  }
  /// Pushes a single pair; the words live in `Cells` so pointers stay valid.
  void pushPair(Term A, Term B, bool Exact) {
    Cells.push_back(std::make_unique<Word[]>(2));
    Cells.back()[0] = A.raw();
    Cells.back()[1] = B.raw();
    pushArray(&Cells.back()[0], &Cells.back()[1], 1, Exact);
  }

  std::vector<Pending> Stack;
  std::vector<std::unique_ptr<Word[]>> Cells;
  std::vector<std::unique_ptr<std::vector<Word>>> SortedMaps;
};

int Comparer::run(Term A, Term B, bool Exact) {
  if (int C = step(A, B, Exact))
    return C;
  while (!Stack.empty()) {
    Pending &P = Stack.back();
    Term X = Term::fromRaw(*P.A), Y = Term::fromRaw(*P.B);
    bool E = P.Exact;
    if (--P.Count == 0)
      Stack.pop_back();
    else
      ++P.A, ++P.B;
    if (int C = step(X, Y, E))
      return C;
  }
  return 0;
}

/// Compares the parts of `A` and `B` that are not subterms, and pushes the
/// subterms still to compare.
int Comparer::step(Term A, Term B, bool Exact) {
  if (A == B)
    return 0;
  TypeRank RA = rankOf(A), RB = rankOf(B);
  if (RA != RB)
    return sign(unsigned(RA), unsigned(RB));
  return compareSameRank(A, B, Exact);
}

int Comparer::compareSameRank(Term A, Term B, bool Exact) {
  switch (rankOf(A)) {
  case TypeRank::Number:
    return compareNumbers(A, B, Exact);
  case TypeRank::Atom:
    return compareAtoms(A, B);
  case TypeRank::Ref:
    return compareRefs(A, B);
  case TypeRank::Fun:
    return compareFuns(A, B, Exact);
  case TypeRank::Port:
    return comparePorts(A, B);
  case TypeRank::Pid:
    return comparePids(A, B);
  case TypeRank::Tuple: {
    Word NA = A.tupleArity(), NB = B.tupleArity();
    if (NA != NB)
      return sign(NA, NB);
    pushArray(A.boxedObject() + 1, B.boxedObject() + 1, NA, Exact);
    return 0;
  }
  case TypeRank::Map:
    return compareMaps(A, B, Exact);
  case TypeRank::Nil:
    return 0;
  case TypeRank::Cons:
    // The tail is compared after the head; pushing it first keeps a long
    // list at constant stack depth.
    pushArray(A.consCell() + 1, B.consCell() + 1, 1, Exact);
    pushArray(A.consCell(), B.consCell(), 1, Exact);
    return 0;
  case TypeRank::Bitstring:
    return compareBitstrings(A, B);
  }
  return 0;
}

/// Local funs order by module, index, old uniq, free-variable count, then
/// free variables; export funs come after all local funs.
int Comparer::compareFuns(Term A, Term B, bool Exact) {
  bool AE = A.isBoxedKind(HeaderKind::Export), BE = B.isBoxedKind(HeaderKind::Export);
  if (AE != BE)
    return AE ? 1 : -1;
  Word *X = A.boxedObject(), *Y = B.boxedObject();
  if (AE) {
    if (int C = compareAtoms(Term::fromRaw(X[1]), Term::fromRaw(Y[1])))
      return C;
    if (int C = compareAtoms(Term::fromRaw(X[2]), Term::fromRaw(Y[2])))
      return C;
    return sign(Term::fromRaw(X[3]).smallValue(), Term::fromRaw(Y[3]).smallValue());
  }
  const FunObject &F = viewFun(A), &G = viewFun(B);
  if (int C = compareAtoms(Term::fromRaw(F.Module), Term::fromRaw(G.Module)))
    return C;
  if (F.Index != G.Index)
    return sign(F.Index, G.Index);
  if (F.OldUniq != G.OldUniq)
    return sign(F.OldUniq, G.OldUniq);
  if (F.NumFree != G.NumFree)
    return sign(F.NumFree, G.NumFree);
  pushArray(X + 1 + FunObject::FixedWords, Y + 1 + FunObject::FixedWords, F.NumFree, Exact);
  return 0;
}

int Comparer::compareMaps(Term A, Term B, bool Exact) {
  std::size_t NA = mapSize(A), NB = mapSize(B);
  if (NA != NB)
    return sign(NA, NB);
  if (NA == 0)
    return 0;
  bool BothFlat = A.isBoxedKind(HeaderKind::FlatMap) && B.isBoxedKind(HeaderKind::FlatMap);
  if (BothFlat) {
    Word *X = A.boxedObject(), *Y = B.boxedObject();
    // Values are compared after keys, so they go on the stack first.
    pushArray(X + 3, Y + 3, NA, Exact);
    pushPair(Term::fromRaw(X[2]), Term::fromRaw(Y[2]), /*Exact=*/true);
    return 0;
  }
  // Sorted keys then values, laid out as [K0..Kn-1, V0..Vn-1].
  auto Sorted = [this](Term M) {
    std::vector<MapEntry> Entries;
    MapIterator It(M);
    Term K, V;
    while (It.next(K, V))
      Entries.emplace_back(K, V);
    std::sort(Entries.begin(), Entries.end(), [](const MapEntry &L, const MapEntry &R) {
      return compareTermsExact(L.first, R.first) < 0;
    });
    auto Words = std::make_unique<std::vector<Word>>(2 * Entries.size());
    for (std::size_t I = 0; I < Entries.size(); ++I) {
      (*Words)[I] = Entries[I].first.raw();
      (*Words)[Entries.size() + I] = Entries[I].second.raw();
    }
    SortedMaps.push_back(std::move(Words));
    return SortedMaps.back()->data();
  };
  const Word *X = Sorted(A), *Y = Sorted(B);
  pushArray(X + NA, Y + NA, NA, Exact);
  pushArray(X, Y, NA, /*Exact=*/true);
  return 0;
}

} // namespace

/// The common cases before the general walk: two small integers (ETS and
/// sort keys), or the same word (the same immediate, or one object).
static inline std::optional<int> quickCompare(Term A, Term B) {
  if (A.isSmall() && B.isSmall())
    return A.smallValue() < B.smallValue() ? -1 : A.smallValue() > B.smallValue() ? 1 : 0;
  if (A == B)
    return 0;
  return std::nullopt;
}

int beamr::compareTerms(Term A, Term B) {
  if (std::optional<int> R = quickCompare(A, B))
    return *R;
  return Comparer().run(A, B, false);
}

int beamr::compareTermsExact(Term A, Term B) {
  if (std::optional<int> R = quickCompare(A, B))
    return *R;
  return Comparer().run(A, B, true);
}
