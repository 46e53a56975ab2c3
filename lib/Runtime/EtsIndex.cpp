//===- lib/Runtime/EtsIndex.cpp - The key index of an ETS table -----------===//
#include "EtsIndex.h"

#include "beamr/Runtime/Copy.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Hash.h"
#include "beamr/Term/Heap.h"

#include <algorithm>
#include <cstdlib>
#include <new>

using namespace beamr;
using namespace beamr::ets;

namespace {

/// Buckets of an empty hashed table: 2^MinBits.
constexpr unsigned MinBits = 4;
/// Entries of an ordered_set chunk: a full one splits in two halves; one
/// that falls under MinChunk takes in its successor when both fit in half.
constexpr std::size_t MaxChunk = 64, MinChunk = 8;

/// A 64-bit hash of `Key`, equal for keys that are `=:=`. An immediate's
/// word is its identity, so it is hashed itself; other terms go through
/// erl's internal hash (the one maps use, which respects `=:=`). The
/// finaliser spreads the bits to the top, where the bucket index is taken,
/// and is a bijection, so that two immediates never share a hash.
std::uint64_t keyHash(Term Key) {
  std::uint64_t H = Key.primary() == PrimaryTag::Immediate ? Key.raw() : mapKeyHash(Key, 0);
  H ^= H >> 33;
  H *= 0xff51afd7ed558ccdULL;
  H ^= H >> 33;
  H *= 0xc4ceb9fe1a85ec53ULL;
  H ^= H >> 33;
  return H;
}

/// `=:=` for two keys of one hash: immediates of one hash are one word.
bool sameKey(Term A, Term B) {
  return A.raw() == B.raw() || (A.primary() != PrimaryTag::Immediate && exactEqualTerms(A, B));
}

} // namespace

EtsObject *EtsObject::create(Term T) {
  std::size_t Words = termSize(T);
  void *Mem = std::malloc(sizeof(EtsObject) + Words * sizeof(Word));
  if (!Mem)
    std::abort(); // As erl, when memory is exhausted.
  auto *O = new (Mem) EtsObject;
  O->Obj = Words == 0 ? T : copyTermInto(T, reinterpret_cast<Word *>(O + 1), Words, O->OffHeap);
  return O;
}

void EtsObject::destroy(EtsObject *O) {
  releaseOffHeap(O->OffHeap);
  O->~EtsObject();
  std::free(O);
}

std::size_t Objects::size() const {
  std::size_t N = 0;
  for (EtsObject *O = Head; O; O = O->Next)
    ++N;
  return N;
}

void Objects::push_back(EtsObject *O) {
  EtsObject **Link = &Head;
  while (*Link)
    Link = &(*Link)->Next;
  *Link = O;
}

bool ObjectIndex::TermLess::operator()(Term A, Term B) const {
  // Small integers, the commonest ordered_set keys, order as their values.
  if (A.isSmall() && B.isSmall())
    return A.smallValue() < B.smallValue();
  return compareTerms(A, B) < 0;
}

ObjectIndex::ObjectIndex(bool Ordered) : Ordered(Ordered) {
  if (!Ordered) {
    Buckets.assign(std::size_t(1) << MinBits, nullptr);
    Shift = 64 - MinBits;
  }
}

ObjectIndex::~ObjectIndex() { clear(); }

void ObjectIndex::clear() {
  for (Node *N : Buckets)
    while (N) {
      Node *Next = N->Next;
      delete N;
      N = Next;
    }
  Chunks.clear();
  LastKeys.clear();
  Count = 0;
  if (!Ordered) {
    Buckets.assign(std::size_t(1) << MinBits, nullptr);
    Shift = 64 - MinBits;
  }
}

ObjectIndex::iterator ObjectIndex::at(std::size_t B, Node *N) const {
  iterator It;
  It.Owner = this;
  It.Bucket = B;
  It.N = N;
  return It;
}

ObjectIndex::iterator ObjectIndex::fromBucket(std::size_t B) const {
  for (; B < Buckets.size(); ++B)
    if (Buckets[B])
      return at(B, Buckets[B]);
  return at(Buckets.size(), nullptr); // end()
}

ObjectIndex::iterator ObjectIndex::atChunk(std::size_t C, std::size_t Pos) const {
  if (C < Chunks.size() && Pos >= Chunks[C]->size()) {
    ++C;
    Pos = 0;
  }
  iterator It;
  It.Owner = this;
  It.Bucket = C;
  It.Pos = C < Chunks.size() ? Pos : 0;
  return It;
}

ObjectIndex::iterator ObjectIndex::begin() {
  if (!Ordered)
    return Count == 0 ? end() : fromBucket(0);
  return atChunk(0, 0);
}

ObjectIndex::iterator ObjectIndex::end() {
  if (!Ordered)
    return at(Buckets.size(), nullptr);
  return atChunk(Chunks.size(), 0);
}

ObjectIndex::iterator &ObjectIndex::iterator::operator++() {
  if (Owner->Ordered) {
    *this = Owner->atChunk(Bucket, Pos + 1);
  } else if (N->Next) {
    N = N->Next;
  } else {
    *this = Owner->fromBucket(Bucket + 1);
  }
  return *this;
}

ObjectIndex::iterator &ObjectIndex::iterator::operator--() {
  if (Owner->Ordered) {
    if (Pos > 0) {
      --Pos;
    } else if (Bucket > 0) {
      --Bucket;
      Pos = Owner->Chunks[Bucket]->size() - 1;
    }
    return *this;
  }
  const std::vector<Node *> &Bs = Owner->Buckets;
  if (N && N != Bs[Bucket]) {
    Node *Prev = Bs[Bucket];
    while (Prev->Next != N)
      Prev = Prev->Next;
    N = Prev;
    return *this;
  }
  // The last node of the nearest non-empty bucket before this one.
  while (Bucket > 0) {
    if (Node *Tail = Bs[--Bucket]) {
      while (Tail->Next)
        Tail = Tail->Next;
      N = Tail;
      return *this;
    }
  }
  return *this; // Decrementing begin(), which callers never do.
}

ObjectIndex::Node **ObjectIndex::seek(std::size_t B, std::uint64_t Hash, Term Key) {
  Node **Link = &Buckets[B];
  while (*Link && ((*Link)->Hash < Hash ||
                   ((*Link)->Hash == Hash && compareTermsExact((*Link)->KV.first, Key) < 0)))
    Link = &(*Link)->Next;
  return Link;
}

ObjectIndex::iterator ObjectIndex::seekSorted(Term Key, bool After) const {
  TermLess Less;
  auto Keys = After ? std::upper_bound(LastKeys.begin(), LastKeys.end(), Key, Less)
                    : std::lower_bound(LastKeys.begin(), LastKeys.end(), Key, Less);
  std::size_t C = std::size_t(Keys - LastKeys.begin());
  if (C == Chunks.size())
    return atChunk(C, 0);
  const Chunk &Ch = *Chunks[C];
  auto KeyLess = [&](const value_type &E, Term K) { return Less(E.first, K); };
  auto LessKey = [&](Term K, const value_type &E) { return Less(K, E.first); };
  auto At = After ? std::upper_bound(Ch.begin(), Ch.end(), Key, LessKey)
                  : std::lower_bound(Ch.begin(), Ch.end(), Key, KeyLess);
  return atChunk(C, std::size_t(At - Ch.begin()));
}

ObjectIndex::iterator ObjectIndex::find(Term Key) {
  if (Ordered) {
    iterator It = seekSorted(Key, false);
    return It == end() || TermLess()(Key, It->first) ? end() : It;
  }
  std::uint64_t H = keyHash(Key);
  std::size_t B = bucketOf(H);
  for (Node *N = Buckets[B]; N && N->Hash <= H; N = N->Next)
    if (N->Hash == H && sameKey(N->KV.first, Key))
      return at(B, N);
  return end();
}

ObjectIndex::iterator ObjectIndex::lower_bound(Term Key) {
  if (Ordered)
    return seekSorted(Key, false);
  std::uint64_t H = keyHash(Key);
  std::size_t B = bucketOf(H);
  Node **Link = seek(B, H, Key);
  return *Link ? at(B, *Link) : fromBucket(B + 1);
}

ObjectIndex::iterator ObjectIndex::upper_bound(Term Key) {
  if (Ordered)
    return seekSorted(Key, true);
  std::uint64_t H = keyHash(Key);
  std::size_t B = bucketOf(H);
  Node **Link = seek(B, H, Key);
  if (!*Link)
    return fromBucket(B + 1);
  iterator It = at(B, *Link);
  if ((*Link)->Hash == H && sameKey((*Link)->KV.first, Key))
    ++It;
  return It;
}

std::pair<ObjectIndex::iterator, bool> ObjectIndex::emplace(Term Key, Objects Objs) {
  if (Ordered) {
    if (Chunks.empty()) {
      Chunks.push_back(std::make_unique<Chunk>());
      LastKeys.push_back(Key);
    }
    iterator It = seekSorted(Key, false);
    if (It != end() && !TermLess()(Key, It->first))
      return {It, false};
    // Past every key: append to the last chunk.
    std::size_t C = It == end() ? Chunks.size() - 1 : It.Bucket;
    std::size_t Pos = It == end() ? Chunks[C]->size() : It.Pos;
    Chunk &Ch = *Chunks[C];
    Ch.insert(Ch.begin() + std::ptrdiff_t(Pos), value_type(Key, std::move(Objs)));
    ++Count;
    if (Ch.size() > MaxChunk) {
      std::size_t Half = Ch.size() / 2;
      auto Upper = std::make_unique<Chunk>(std::make_move_iterator(Ch.begin() + std::ptrdiff_t(Half)),
                                           std::make_move_iterator(Ch.end()));
      Ch.erase(Ch.begin() + std::ptrdiff_t(Half), Ch.end());
      Chunks.insert(Chunks.begin() + std::ptrdiff_t(C) + 1, std::move(Upper));
      LastKeys.insert(LastKeys.begin() + std::ptrdiff_t(C) + 1, Chunks[C + 1]->back().first);
      LastKeys[C] = Ch.back().first;
      if (Pos >= Half) {
        ++C;
        Pos -= Half;
      }
    }
    LastKeys[C] = Chunks[C]->back().first;
    return {atChunk(C, Pos), true};
  }
  unsigned Bits = 64 - Shift;
  // A load factor between 1/8 and 1: grow before the insert that would
  // pass 1, shrink (at an insert, so that erase never moves entries under
  // a caller's walk) once deletes left it under 1/8.
  if (Count + 1 > Buckets.size())
    resize(Bits + 1);
  else if (Bits > MinBits && Count * 8 < Buckets.size())
    resize(Bits - 1);
  std::uint64_t H = keyHash(Key);
  std::size_t B = bucketOf(H);
  Node **Link = seek(B, H, Key);
  if (*Link && (*Link)->Hash == H && sameKey((*Link)->KV.first, Key))
    return {at(B, *Link), false};
  *Link = new Node{*Link, H, value_type(Key, std::move(Objs))};
  ++Count;
  return {at(B, *Link), true};
}

ObjectIndex::iterator ObjectIndex::erase(iterator It) {
  if (Ordered) {
    std::size_t C = It.Bucket, Pos = It.Pos;
    Chunk &Ch = *Chunks[C];
    Ch.erase(Ch.begin() + std::ptrdiff_t(Pos));
    --Count;
    if (Ch.empty()) {
      Chunks.erase(Chunks.begin() + std::ptrdiff_t(C));
      LastKeys.erase(LastKeys.begin() + std::ptrdiff_t(C));
      return atChunk(C, 0);
    }
    // A small chunk takes in its successor, which keeps the entry after
    // the erased one at (C, Pos).
    if (Ch.size() < MinChunk && C + 1 < Chunks.size() &&
        Ch.size() + Chunks[C + 1]->size() <= MaxChunk / 2) {
      Chunk &Next = *Chunks[C + 1];
      Ch.insert(Ch.end(), std::make_move_iterator(Next.begin()), std::make_move_iterator(Next.end()));
      Chunks.erase(Chunks.begin() + std::ptrdiff_t(C) + 1);
      LastKeys.erase(LastKeys.begin() + std::ptrdiff_t(C) + 1);
    }
    LastKeys[C] = Ch.back().first;
    return atChunk(C, Pos);
  }
  Node **Link = &Buckets[It.Bucket];
  while (*Link != It.N)
    Link = &(*Link)->Next;
  Node *Next = It.N->Next;
  *Link = Next;
  delete It.N;
  --Count;
  return Next ? at(It.Bucket, Next) : fromBucket(It.Bucket + 1);
}

void ObjectIndex::resize(unsigned Bits) {
  std::vector<Node *> Fresh(std::size_t(1) << Bits, nullptr);
  std::vector<Node **> Tails(Fresh.size());
  for (std::size_t I = 0; I < Fresh.size(); ++I)
    Tails[I] = &Fresh[I];
  unsigned FreshShift = 64 - Bits;
  // Old buckets in order hold the nodes in table order, so appending each
  // to its new bucket's tail keeps every new chain sorted.
  for (Node *N : Buckets)
    while (N) {
      Node *Next = N->Next;
      std::size_t B = std::size_t(N->Hash >> FreshShift);
      *Tails[B] = N;
      Tails[B] = &N->Next;
      N = Next;
    }
  for (Node **Tail : Tails)
    *Tail = nullptr;
  Buckets.swap(Fresh);
  Shift = FreshShift;
}
