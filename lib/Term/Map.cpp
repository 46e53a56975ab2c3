//===- lib/Term/Map.cpp - Flat maps and hash-array-mapped maps ------------===//
///
/// \file
/// Map layouts (payload words after the header):
///
///   FlatMap      [Size, Keys, V0 .. V(Size-1)]  `Keys` is a tuple of the
///                keys in `compareTermsExact` order, `Vi` the value of key i.
///   HashMapHead  [Size, Bitmap, C0 .. C(n-1)]  the root of a trie.
///   HashMapNode  [Bitmap, C0 .. C(n-1)]        an inner trie node; never a
///                term on its own, only a child inside a trie.
///
/// A trie node at level L sorts its keys into 16 slots by the L-th 4-bit
/// digit of their hash: digit L % 8 of `mapKeyHash(Key, L / 8)` (a fresh,
/// differently salted hash every 8 levels, so distinct keys always part).
/// Bit i of `Bitmap` says slot i is used; children are stored in increasing
/// slot order. A child is a leaf, the cons cell `[Key | Value]`, when its slot
/// holds one key, and a boxed `HashMapNode` for the next level otherwise.
/// This is erl's shape exactly (erl's "array" head is our head with bitmap
/// 0xFFFF). erl walks the trie depth first; `maps:next` visits slots in
/// increasing order, while `maps:to_list` and `term_to_binary` cons up that
/// walk and so see the reverse. `MapIterator` offers both orders.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Map.h"

#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Hash.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <numeric>

using namespace beamr;

namespace {

/// Index of the first payload word holding a child.
std::size_t firstChild(const Word *Node) {
  return headerKind(Node[0]) == HeaderKind::HashMapHead ? 3 : 2;
}
Word nodeBitmap(const Word *Node) { return Node[firstChild(Node) - 1]; }

/// The slot of `Key` at trie level `Level`. `Hash` caches the hash of the
/// current 8-level generation and is refreshed at each generation start.
unsigned slotAt(Term Key, unsigned Level, std::uint32_t &Hash) {
  if (Level % 8 == 0)
    Hash = mapKeyHash(Key, Level / 8);
  return (Hash >> (4 * (Level % 8))) & 0xF;
}

struct Item {
  MapEntry Entry;
  std::uint32_t Hash;
};

class TrieBuilder {
public:
  explicit TrieBuilder(TermAllocator &A) : Alloc(A) {}
  /// Builds the node holding `Items` (at least two keys) at `Level`.
  Term build(std::span<Item> Items, unsigned Level, bool IsRoot);

private:
  TermAllocator &Alloc;
};

Term TrieBuilder::build(std::span<Item> Items, unsigned Level, bool IsRoot) {
  std::array<unsigned, 16> Slots{};
  std::vector<unsigned char> SlotOf(Items.size());
  for (std::size_t I = 0; I < Items.size(); ++I) {
    SlotOf[I] = static_cast<unsigned char>(slotAt(Items[I].Entry.first, Level, Items[I].Hash));
    ++Slots[SlotOf[I]];
  }
  // Group items by slot, keeping their order within a slot.
  std::vector<Item> Grouped(Items.size());
  std::array<std::size_t, 17> Start{};
  for (unsigned S = 0; S < 16; ++S)
    Start[S + 1] = Start[S] + Slots[S];
  std::array<std::size_t, 16> Fill{};
  for (std::size_t I = 0; I < Items.size(); ++I)
    Grouped[Start[SlotOf[I]] + Fill[SlotOf[I]]++] = Items[I];
  std::copy(Grouped.begin(), Grouped.end(), Items.begin());

  Word Bitmap = 0;
  std::vector<Word> Children;
  for (unsigned S = 0; S < 16; ++S) {
    if (!Slots[S])
      continue;
    Bitmap |= Word(1) << S;
    std::span<Item> Group = Items.subspan(Start[S], Slots[S]);
    if (Group.size() == 1)
      Children.push_back(makeCons(Alloc, Group[0].Entry.first, Group[0].Entry.second).raw());
    else
      Children.push_back(build(Group, Level + 1, false).raw());
  }
  std::size_t Fixed = IsRoot ? 2 : 1;
  Word *Obj = Alloc.allocate(1 + Fixed + Children.size());
  Obj[0] = makeHeader(IsRoot ? HeaderKind::HashMapHead : HeaderKind::HashMapNode,
                      Fixed + Children.size());
  if (IsRoot)
    Obj[1] = Items.size();
  Obj[Fixed] = Bitmap;
  std::copy(Children.begin(), Children.end(), Obj + 1 + Fixed);
  return Term::boxed(Obj);
}

/// Sorts entries by key in exact order and keeps, for keys that are `=:=`,
/// the last entry given.
std::vector<MapEntry> sortUnique(std::span<const MapEntry> Entries) {
  std::vector<std::size_t> Order(Entries.size());
  std::iota(Order.begin(), Order.end(), 0);
  std::stable_sort(Order.begin(), Order.end(), [&](std::size_t L, std::size_t R) {
    return compareTermsExact(Entries[L].first, Entries[R].first) < 0;
  });
  std::vector<MapEntry> Out;
  Out.reserve(Entries.size());
  for (std::size_t I = 0; I < Order.size(); ++I) {
    bool LastOfRun = I + 1 == Order.size() ||
                     compareTermsExact(Entries[Order[I]].first, Entries[Order[I + 1]].first) != 0;
    if (LastOfRun)
      Out.push_back(Entries[Order[I]]);
  }
  return Out;
}

Term makeFlatMap(TermAllocator &A, const std::vector<MapEntry> &Sorted) {
  Word N = Sorted.size();
  Word *Keys = allocateTuple(A, N);
  for (Word I = 0; I < N; ++I)
    Keys[1 + I] = Sorted[I].first.raw();
  Word *Obj = A.allocate(3 + N);
  Obj[0] = makeHeader(HeaderKind::FlatMap, 2 + N);
  Obj[1] = N;
  Obj[2] = Term::boxed(Keys).raw();
  for (Word I = 0; I < N; ++I)
    Obj[3 + I] = Sorted[I].second.raw();
  return Term::boxed(Obj);
}

std::optional<Term> flatMapGet(Term Map, Term Key) {
  Word *Obj = Map.boxedObject();
  Term Keys = Term::fromRaw(Obj[2]);
  if (!Key.isBoxed() && !Key.isCons()) {
    // An immediate is `=:=` only to the same word: a scan of at most 32
    // words beats ordering atoms by name.
    const Word *K = Keys.boxedObject() + 1;
    for (Word I = 0, N = Obj[1]; I < N; ++I)
      if (K[I] == Key.raw())
        return Term::fromRaw(Obj[3 + I]);
    return std::nullopt;
  }
  Word Lo = 0, Hi = Obj[1];
  while (Lo < Hi) {
    Word Mid = Lo + (Hi - Lo) / 2;
    int C = compareTermsExact(Keys.tupleElement(Mid), Key);
    if (C == 0)
      return Term::fromRaw(Obj[3 + Mid]);
    if (C < 0)
      Lo = Mid + 1;
    else
      Hi = Mid;
  }
  return std::nullopt;
}

std::optional<Term> hashMapGet(Term Map, Term Key) {
  const Word *Node = Map.boxedObject();
  std::uint32_t Hash = 0;
  for (unsigned Level = 0;; ++Level) {
    unsigned Slot = slotAt(Key, Level, Hash);
    Word Bitmap = nodeBitmap(Node);
    if (!(Bitmap >> Slot & 1))
      return std::nullopt;
    unsigned Index = std::popcount(Bitmap & ((Word(1) << Slot) - 1));
    Term Child = Term::fromRaw(Node[firstChild(Node) + Index]);
    if (Child.isCons()) {
      if (exactEqualTerms(Child.head(), Key))
        return Child.tail();
      return std::nullopt;
    }
    Node = Child.boxedObject();
  }
}

/// Index of `Key` in a flat map's keys, or where it would go.
std::pair<Word, bool> flatMapFind(Term Map, Term Key) {
  Word *Obj = Map.boxedObject();
  Term Keys = Term::fromRaw(Obj[2]);
  Word Lo = 0, Hi = Obj[1];
  while (Lo < Hi) {
    Word Mid = Lo + (Hi - Lo) / 2;
    int C = compareTermsExact(Keys.tupleElement(Mid), Key);
    if (C == 0)
      return {Mid, true};
    if (C < 0)
      Lo = Mid + 1;
    else
      Hi = Mid;
  }
  return {Lo, false};
}

Term flatMapPut(TermAllocator &A, Term Map, Term Key, Term Value) {
  auto [Index, Found] = flatMapFind(Map, Key);
  Word *Old = Map.boxedObject();
  Word N = Old[1];
  if (Found) {
    // Same keys: share the keys tuple, copy the values.
    Word *Obj = A.allocate(3 + N);
    std::memcpy(Obj, Old, (3 + N) * sizeof(Word));
    Obj[3 + Index] = Value.raw();
    return Term::boxed(Obj);
  }
  if (N + 1 > FlatMapLimit) {
    std::vector<MapEntry> Entries;
    Entries.reserve(N + 1);
    Term Keys = Term::fromRaw(Old[2]);
    for (Word I = 0; I < N; ++I)
      Entries.push_back({Keys.tupleElement(I), Term::fromRaw(Old[3 + I])});
    Entries.push_back({Key, Value});
    return makeMap(A, Entries);
  }
  Word *Keys = allocateTuple(A, N + 1);
  Word *Obj = A.allocate(3 + N + 1);
  const Word *OldKeys = Term::fromRaw(Old[2]).boxedObject();
  Obj[0] = makeHeader(HeaderKind::FlatMap, 2 + N + 1);
  Obj[1] = N + 1;
  Obj[2] = Term::boxed(Keys).raw();
  for (Word I = 0, J = 0; I <= N; ++I) {
    if (I == Index) {
      Keys[1 + I] = Key.raw();
      Obj[3 + I] = Value.raw();
    } else {
      Keys[1 + I] = OldKeys[1 + J];
      Obj[3 + I] = Old[3 + J];
      ++J;
    }
  }
  return Term::boxed(Obj);
}

/// A copy of trie node `Node` (at `Level`) with `Key` put; `Added` tells
/// whether the key was new.
Term hashNodePut(TermAllocator &A, const Word *Node, unsigned Level, std::uint32_t Hash, Term Key,
                 Term Value, bool &Added) {
  unsigned Slot = slotAt(Key, Level, Hash);
  std::size_t First = firstChild(Node);
  Word Bitmap = nodeBitmap(Node);
  std::size_t Count = std::popcount(Bitmap);
  unsigned Index = std::popcount(Bitmap & ((Word(1) << Slot) - 1));
  bool Present = Bitmap >> Slot & 1;
  Term NewChild;
  if (!Present) {
    NewChild = makeCons(A, Key, Value);
    Added = true;
  } else {
    Term Child = Term::fromRaw(Node[First + Index]);
    if (Child.isCons()) {
      if (exactEqualTerms(Child.head(), Key)) {
        NewChild = makeCons(A, Child.head(), Value);
      } else {
        // Two keys share this slot: a node of the next level parts them.
        unsigned Generation = (Level + 1) / 8;
        Item Items[2] = {{{Child.head(), Child.tail()}, mapKeyHash(Child.head(), Generation)},
                         {{Key, Value}, mapKeyHash(Key, Generation)}};
        NewChild = TrieBuilder(A).build(Items, Level + 1, false);
        Added = true;
      }
    } else {
      NewChild = hashNodePut(A, Child.boxedObject(), Level + 1, Hash, Key, Value, Added);
    }
  }
  std::size_t NewCount = Count + (Present ? 0 : 1);
  Word *Obj = A.allocate(First + NewCount);
  Obj[0] = makeHeader(headerKind(Node[0]), First - 1 + NewCount);
  for (std::size_t W = 1; W < First; ++W)
    Obj[W] = Node[W];
  Obj[First - 1] = Bitmap | (Word(1) << Slot);
  for (std::size_t C = 0, D = 0; C < NewCount; ++C) {
    if (C == Index) {
      Obj[First + C] = NewChild.raw();
      if (Present)
        ++D;
    } else {
      Obj[First + C] = Node[First + D++];
    }
  }
  return Term::boxed(Obj);
}

/// A flat map without the key at `Index`.
Term flatMapRemove(TermAllocator &A, Term Map, Word Index) {
  const Word *Old = Map.boxedObject();
  Word N = Old[1];
  const Word *OldKeys = Term::fromRaw(Old[2]).boxedObject();
  Word *Keys = allocateTuple(A, N - 1);
  Word *Obj = A.allocate(3 + N - 1);
  Obj[0] = makeHeader(HeaderKind::FlatMap, 2 + N - 1);
  Obj[1] = N - 1;
  Obj[2] = Term::boxed(Keys).raw();
  for (Word I = 0, J = 0; I < N; ++I) {
    if (I == Index)
      continue;
    Keys[1 + J] = OldKeys[1 + I];
    Obj[3 + J] = Old[3 + I];
    ++J;
  }
  return Term::boxed(Obj);
}

/// What replaces trie node `Node` (at `Level`) once `Key` is removed, as erl
/// reshapes it: nothing when the node is left empty, its remaining child when
/// that is a single leaf (the leaf moves up a level), otherwise a copy
/// without the key. The root is always copied. `Found` tells whether `Key`
/// was there at all; when not, the result means nothing.
std::optional<Term> hashNodeRemove(TermAllocator &A, const Word *Node, unsigned Level,
                                   std::uint32_t Hash, Term Key, bool &Found) {
  unsigned Slot = slotAt(Key, Level, Hash);
  std::size_t First = firstChild(Node);
  Word Bitmap = nodeBitmap(Node);
  Found = false;
  if (!(Bitmap >> Slot & 1))
    return std::nullopt;
  std::size_t Count = std::popcount(Bitmap);
  unsigned Index = std::popcount(Bitmap & ((Word(1) << Slot) - 1));
  Term Child = Term::fromRaw(Node[First + Index]);
  std::optional<Term> Replacement;
  if (Child.isCons()) {
    if (!exactEqualTerms(Child.head(), Key))
      return std::nullopt;
    Found = true;
  } else {
    Replacement = hashNodeRemove(A, Child.boxedObject(), Level + 1, Hash, Key, Found);
    if (!Found)
      return std::nullopt;
  }
  bool IsRoot = headerKind(Node[0]) == HeaderKind::HashMapHead;
  if (!IsRoot) {
    if (!Replacement && Count == 1)
      return std::nullopt;
    if (!Replacement && Count == 2) {
      Term Other = Term::fromRaw(Node[First + (Index == 0 ? 1 : 0)]);
      if (Other.isCons())
        return Other;
    }
    if (Replacement && Replacement->isCons() && Count == 1)
      return Replacement;
  }
  std::size_t NewCount = Count - (Replacement ? 0 : 1);
  Word *Obj = A.allocate(First + NewCount);
  Obj[0] = makeHeader(headerKind(Node[0]), First - 1 + NewCount);
  if (IsRoot)
    Obj[1] = Node[1] - 1;
  Obj[First - 1] = Replacement ? Bitmap : Bitmap & ~(Word(1) << Slot);
  for (std::size_t C = 0, D = 0; C < Count; ++C) {
    if (C != Index)
      Obj[First + D++] = Node[First + C];
    else if (Replacement)
      Obj[First + D++] = Replacement->raw();
  }
  return Term::boxed(Obj);
}

} // namespace

std::optional<Term> beamr::mapRemove(TermAllocator &A, Term Map, Term Key) {
  assert(Map.isMap() && "not a map");
  if (Map.isBoxedKind(HeaderKind::FlatMap)) {
    auto [Index, Found] = flatMapFind(Map, Key);
    if (!Found)
      return std::nullopt;
    return flatMapRemove(A, Map, Index);
  }
  if (!hashMapGet(Map, Key))
    return std::nullopt;
  if (mapSize(Map) - 1 <= FlatMapLimit) {
    // erl turns a hash map that shrinks to the flat limit back into a flat map.
    std::vector<MapEntry> Entries;
    Entries.reserve(FlatMapLimit);
    MapIterator It(Map);
    Term K, V;
    while (It.next(K, V))
      if (!exactEqualTerms(K, Key))
        Entries.emplace_back(K, V);
    return makeMap(A, Entries);
  }
  bool Found = false;
  std::optional<Term> R = hashNodeRemove(A, Map.boxedObject(), 0, 0, Key, Found);
  assert(Found && R && "the key was looked up");
  return R;
}

Term beamr::mapPut(TermAllocator &A, Term Map, Term Key, Term Value) {
  assert(Map.isMap() && "not a map");
  if (Map.isBoxedKind(HeaderKind::FlatMap))
    return flatMapPut(A, Map, Key, Value);
  bool Added = false;
  Term R = hashNodePut(A, Map.boxedObject(), 0, 0, Key, Value, Added);
  if (Added)
    R.boxedObject()[1] += 1;
  return R;
}

Term beamr::makeMap(TermAllocator &A, std::span<const MapEntry> Entries) {
  std::vector<MapEntry> Sorted = sortUnique(Entries);
  if (Sorted.size() <= FlatMapLimit)
    return makeFlatMap(A, Sorted);
  std::vector<Item> Items(Sorted.size());
  for (std::size_t I = 0; I < Sorted.size(); ++I)
    Items[I] = {Sorted[I], 0};
  return TrieBuilder(A).build(Items, 0, /*IsRoot=*/true);
}

std::size_t beamr::mapSize(Term Map) {
  assert(Map.isMap() && "not a map");
  return Map.boxedObject()[1];
}

std::optional<Term> beamr::mapGet(Term Map, Term Key) {
  assert(Map.isMap() && "not a map");
  if (Map.isBoxedKind(HeaderKind::FlatMap))
    return flatMapGet(Map, Key);
  return hashMapGet(Map, Key);
}

MapIterator::MapIterator(Term Map, MapOrder Order) {
  assert(Map.isMap() && "not a map");
  Reverse = Order == MapOrder::ToList;
  if (Map.isBoxedKind(HeaderKind::FlatMap)) {
    Flat = Map;
    return;
  }
  Flat = Term::nil();
  Stack.push_back(Map);
}

bool MapIterator::next(Term &Key, Term &Value) {
  if (!Flat.isNil()) {
    const Word *Obj = Flat.boxedObject();
    if (FlatIndex >= Obj[1])
      return false;
    Key = Term::fromRaw(Obj[2]).tupleElement(FlatIndex);
    Value = Term::fromRaw(Obj[3 + FlatIndex]);
    ++FlatIndex;
    return true;
  }
  while (!Stack.empty()) {
    Term T = Stack.back();
    Stack.pop_back();
    if (T.isCons()) {
      Key = T.head();
      Value = T.tail();
      return true;
    }
    // A node: its children go on the stack, the one to visit first on top.
    const Word *Node = T.boxedObject();
    std::size_t First = firstChild(Node), End = 1 + headerArity(Node[0]);
    if (Reverse) {
      for (std::size_t I = First; I < End; ++I)
        Stack.push_back(Term::fromRaw(Node[I]));
    } else {
      for (std::size_t I = End; I-- > First;)
        Stack.push_back(Term::fromRaw(Node[I]));
    }
  }
  return false;
}
