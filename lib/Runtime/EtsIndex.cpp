//===- lib/Runtime/EtsIndex.cpp - The key index of an ETS table -----------===//
#include "EtsIndex.h"

#include "beamr/Runtime/Copy.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Hash.h"
#include "beamr/Term/Heap.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

using namespace beamr;
using namespace beamr::ets;

namespace {

/// erl's hash table geometry: the first segment's slots, each further
/// segment's, and how many times one insert or delete may resize.
constexpr std::size_t FirstSegment = 256, ExtSegment = 2048;
constexpr int ResizeSteps = 5;
/// Entries of an ordered_set chunk: a full one splits in two halves; one
/// that falls under MinChunk takes in its successor when both fit in half.
constexpr std::size_t MaxChunk = 32, MinChunk = 4;

/// `=:=` for two keys of one hash.
bool sameKey(Term A, Term B) {
  return A.raw() == B.raw() || (A.primary() != PrimaryTag::Immediate && exactEqualTerms(A, B));
}

/// Memory or an abort, as erl when memory is exhausted.
void *allocateOrAbort(std::size_t Bytes) {
  void *Mem = std::malloc(Bytes);
  if (!Mem)
    std::abort();
  return Mem;
}

} // namespace

EtsObject *EtsObject::createAt(void *Mem, Term T, std::size_t Words, Home Where) {
  auto *O = new (Mem) EtsObject;
  O->Where = Where;
  O->Words = Words <= UINT32_MAX ? std::uint32_t(Words) : 0;
  assert(T.isTuple() && "ETS stores tuples");
  [[maybe_unused]] Term Copy = copyTermInto(T, reinterpret_cast<Word *>(O + 1), Words, O->OffHeap);
  assert(Copy == O->obj() && "a copy starts with its root");
  return O;
}

EtsObject *EtsObject::create(Term T) { return create(T, termSize(T)); }

EtsObject *EtsObject::create(Term T, std::size_t Words) {
  void *Mem = allocateOrAbort(sizeof(EtsObject) + Words * sizeof(Word));
  return createAt(Mem, T, Words, Home::Own);
}

Term EtsObject::copyTo(TermAllocator &To) const {
  return Words ? copyBlock(obj(), Words, To) : copyTerm(obj(), To);
}

void EtsObject::destroy(EtsObject *O) {
  releaseOffHeap(O->OffHeap);
  if (O->Where != Home::Own) {
    O->OffHeap = nullptr;
    O->Next = nullptr;
    O->Where = Home::EntryFree;
    return;
  }
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
  (Tail ? Tail->Next : Head) = O;
  Tail = O;
}

bool ObjectIndex::TermLess::operator()(Term A, Term B) const {
  // Small integers, the commonest ordered_set keys, order as their values.
  if (A.isSmall() && B.isSmall())
    return A.smallValue() < B.smallValue();
  return compareTerms(A, B) < 0;
}

ObjectIndex::ObjectIndex(bool Ordered, unsigned Locks) : Ordered(Ordered), Locks(Locks) {
  clear();
}

ObjectIndex::~ObjectIndex() {
  for (Node *N : Slots)
    while (N) {
      Node *Next = N->Next;
      freeNode(N);
      N = Next;
    }
}

ObjectIndex::Node *ObjectIndex::newNode(std::uint32_t Hash, Term Obj, unsigned KeyPos) {
  constexpr std::size_t MaxRoom = (std::size_t(1) << 31) - 1;
  std::size_t Words = termSize(Obj), Room = Words <= MaxRoom ? Words : 0;
  void *Mem = allocateOrAbort(sizeof(Node) + sizeof(EtsObject) + Room * sizeof(Word));
  Node *N = new (Mem) Node{nullptr, Hash, std::uint32_t(Room), false, {}};
  EtsObject *O;
  if (Room == Words) {
    O = EtsObject::createAt(N->room(), Obj, Words, EtsObject::Home::Entry);
  } else { // Too large for the room's size to be recorded: it stays empty.
    new (N->room()) EtsObject;
    N->room()->Where = EtsObject::Home::EntryFree;
    O = EtsObject::create(Obj, Words);
  }
  N->KV = value_type(O->obj().tupleElement(KeyPos - 1), Objects(O));
  return N;
}

void ObjectIndex::freeNode(Node *N) {
  N->~Node(); // Destroys its objects, the one in its room too.
  std::free(N);
}

EtsObject *ObjectIndex::copyFor(Node *N, Term Obj, std::size_t Words) {
  if (N->room()->Where == EtsObject::Home::EntryFree && Words <= N->RoomWords)
    return EtsObject::createAt(N->room(), Obj, Words, EtsObject::Home::Entry);
  return EtsObject::create(Obj, Words);
}

void ObjectIndex::clear() {
  for (Node *&N : Slots)
    while (N) {
      Node *Next = N->Next;
      freeNode(N);
      N = Next;
    }
  Chunks.clear();
  LastKeys.clear();
  OtherKeys = 0;
  Count = 0;
  HasTombstones = false;
  if (!Ordered) {
    Slots.assign(FirstSegment, nullptr);
    Active = FirstSegment;
    Szm = FirstSegment - 1;
    setShrinkLimit();
  }
}

// ---- Hashed: slots and walks ------------------------------------------------

std::size_t ObjectIndex::slotOf(std::uint32_t Hash) const {
  std::size_t S = Hash & Szm;
  return S >= Active ? S & (Szm >> 1) : S;
}

std::size_t ObjectIndex::nextSlot(std::size_t S) const {
  S += Locks;
  if (S < Active)
    return S;
  // On to the first slot of the next lock, as erl's next_slot.
  S = (S + 1) & (Locks - 1);
  return S == 0 ? NoSlot : S;
}

/// The last active slot of lock `Lock` (locks never outnumber slots).
static std::size_t lastSlotOfLock(std::size_t Lock, std::size_t Active, unsigned Locks) {
  return Lock + (Active - 1 - Lock) / Locks * Locks;
}

std::size_t ObjectIndex::prevSlot(std::size_t S) const {
  if (S >= Locks)
    return S - Locks;
  return S == 0 ? NoSlot : lastSlotOfLock(S - 1, Active, Locks);
}

std::size_t ObjectIndex::lastSlot() const { return lastSlotOfLock(Locks - 1, Active, Locks); }

ObjectIndex::iterator ObjectIndex::at(std::size_t S, Node *N) const {
  iterator It;
  It.Owner = this;
  It.Bucket = S;
  It.N = N;
  return It;
}

ObjectIndex::iterator ObjectIndex::fromSlot(std::size_t S) const {
  for (; S != NoSlot; S = nextSlot(S))
    for (Node *N = Slots[S]; N; N = N->Next)
      if (!N->Deleted)
        return at(S, N);
  return at(NoSlot, nullptr); // end()
}

ObjectIndex::Node *ObjectIndex::nodeOf(Term Key, std::uint32_t Hash, std::size_t Slot) const {
  for (Node *N = Slots[Slot]; N; N = N->Next)
    if (N->Hash == Hash && sameKey(N->KV.first, Key))
      return N;
  return nullptr;
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
    return Count == 0 ? end() : fromSlot(0);
  return atChunk(0, 0);
}

ObjectIndex::iterator ObjectIndex::end() {
  if (!Ordered)
    return at(NoSlot, nullptr);
  return atChunk(Chunks.size(), 0);
}

ObjectIndex::iterator &ObjectIndex::iterator::operator++() {
  if (Owner->Ordered) {
    *this = Owner->atChunk(Bucket, Pos + 1);
    return *this;
  }
  for (Node *Next = N->Next; Next; Next = Next->Next)
    if (!Next->Deleted) {
      N = Next;
      return *this;
    }
  *this = Owner->fromSlot(Owner->nextSlot(Bucket));
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
  // The last live node before N in its slot, else in the slots before.
  // From end(), the walk's last slot: the last of the last lock's.
  std::size_t S = N ? Bucket : Owner->lastSlot();
  Node *Stop = N;
  for (; S != NoSlot; S = Owner->prevSlot(S), Stop = nullptr) {
    Node *Last = nullptr;
    for (Node *P = Owner->Slots[S]; P && P != Stop; P = P->Next)
      if (!P->Deleted)
        Last = P;
    if (Last) {
      Bucket = S;
      N = Last;
      return *this;
    }
  }
  return *this; // Decrementing begin(), which callers never do.
}

ObjectIndex::iterator ObjectIndex::find(Term Key) {
  if (Ordered) {
    iterator It = seekSorted(Key, false);
    return It == end() || TermLess()(Key, It->first) ? end() : It;
  }
  std::uint32_t H = etsKeyHash(Key);
  std::size_t S = slotOf(H);
  Node *N = nodeOf(Key, H, S);
  return N && !N->Deleted ? at(S, N) : end();
}

ObjectIndex::iterator ObjectIndex::locate(Term Key) {
  if (Ordered)
    return find(Key);
  std::uint32_t H = etsKeyHash(Key);
  std::size_t S = slotOf(H);
  Node *N = nodeOf(Key, H, S);
  return N ? at(S, N) : end();
}

namespace {

/// The number of the `N` ascending keys `KeyAt(0 ..)` that come before a
/// sought place: `Before(E)` holds for a prefix of them. Written so that a
/// branch-free `Before` gives a search without branches to mispredict, one
/// compare and one conditional move per step.
template <typename KeyAtFn, typename BeforeFn>
std::size_t countBefore(std::size_t N, KeyAtFn KeyAt, BeforeFn Before) {
  std::size_t Lo = 0;
  while (N > 1) {
    std::size_t Half = N / 2;
    Lo = Before(KeyAt(Lo + Half - 1)) ? Lo + Half : Lo;
    N -= Half;
  }
  return N == 1 ? Lo + std::size_t(Before(KeyAt(Lo))) : Lo;
}

} // namespace

template <typename BeforeFn> ObjectIndex::iterator ObjectIndex::seekWith(BeforeFn Before) const {
  const std::size_t N = LastKeys.size();
  // The chunk holding the place is the first whose last key is not before
  // it. Runs of nearby keys (counters, walks) stay in one chunk or move to
  // the next, so the last search's chunk and its successor are tried
  // first, for two compares instead of a search.
  auto Holds = [&](std::size_t C) {
    return (C == 0 || Before(LastKeys[C - 1])) && !Before(LastKeys[C]);
  };
  const std::size_t F = Finger.load(std::memory_order_relaxed);
  std::size_t C;
  if (F < N && Holds(F))
    C = F;
  else if (F + 1 < N && Holds(F + 1))
    C = F + 1;
  else
    C = countBefore(N, [&](std::size_t I) { return LastKeys[I]; }, Before);
  if (C == N)
    return atChunk(C, 0);
  Finger.store(C, std::memory_order_relaxed);
  const Chunk &Ch = *Chunks[C];
  return atChunk(C, countBefore(Ch.size(), [&](std::size_t I) { return Ch[I].first; }, Before));
}

ObjectIndex::iterator ObjectIndex::seekSorted(Term Key, bool After) const {
  if (OtherKeys == 0 && Key.isSmall()) {
    // Small integers order as their words read signed.
    const SWord K = SWord(Key.raw());
    return After ? seekWith([K](Term E) { return SWord(E.raw()) <= K; })
                 : seekWith([K](Term E) { return SWord(E.raw()) < K; });
  }
  TermLess Less;
  return After ? seekWith([&](Term E) { return !Less(Key, E); })
               : seekWith([&](Term E) { return Less(E, Key); });
}

ObjectIndex::iterator ObjectIndex::lower_bound(Term Key) {
  if (Ordered)
    return seekSorted(Key, false);
  iterator It = locate(Key);
  if (It == end())
    return fromSlot(nextSlot(slotOf(etsKeyHash(Key))));
  return It.N->Deleted ? ++It : It;
}

ObjectIndex::iterator ObjectIndex::upper_bound(Term Key) {
  if (Ordered)
    return seekSorted(Key, true);
  iterator It = locate(Key);
  if (It == end())
    return fromSlot(nextSlot(slotOf(etsKeyHash(Key))));
  return ++It;
}

std::pair<ObjectIndex::iterator, bool> ObjectIndex::emplaceCopy(Term Key, Term Obj, unsigned KeyPos) {
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
    EtsObject *O = EtsObject::create(Obj);
    Term Copied = O->obj().tupleElement(KeyPos - 1);
    Ch.insert(Ch.begin() + std::ptrdiff_t(Pos), value_type(Copied, Objects(O)));
    ++Count;
    OtherKeys += !Copied.isSmall();
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
  std::uint32_t H = etsKeyHash(Key);
  std::size_t S = slotOf(H);
  Node **Link = &Slots[S];
  for (; *Link; Link = &(*Link)->Next) {
    Node *N = *Link;
    if (N->Hash == H && sameKey(N->KV.first, Key)) {
      if (!N->Deleted)
        return {at(S, N), false};
      N->Deleted = false; // Back in the place it had.
      N->KV.second.clear();
      EtsObject *O = copyFor(N, Obj, termSize(Obj));
      N->KV = value_type(O->obj().tupleElement(KeyPos - 1), Objects(O));
      ++Count;
      return {at(S, N), true};
    }
  }
  *Link = newNode(H, Obj, KeyPos);
  ++Count;
  return {at(S, *Link), true};
}

ObjectIndex::iterator ObjectIndex::erase(iterator It) {
  if (Ordered) {
    std::size_t C = It.Bucket, Pos = It.Pos;
    Chunk &Ch = *Chunks[C];
    OtherKeys -= !Ch[Pos].first.isSmall();
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
  iterator Next = It;
  ++Next;
  remove(It);
  return Next;
}

void ObjectIndex::remove(iterator It) {
  if (Ordered) {
    erase(It);
    return;
  }
  --Count;
  if (Fixed) {
    It.N->Deleted = true; // Its objects stay: they hold the key.
    HasTombstones = true;
    return;
  }
  Node **Link = &Slots[It.Bucket];
  while (*Link != It.N)
    Link = &(*Link)->Next;
  *Link = It.N->Next;
  freeNode(It.N);
}

/// Copies `Obj` (of `Words` words) over the lone object `Old` where it
/// lies, if it fits there: into the room of its node `N` (hashed), or into
/// an allocation of its own whose copy had exactly as many words. `Old`'s
/// references go first.
bool ObjectIndex::copyOver(EtsObject *Old, Node *N, Term Obj, std::size_t Words) {
  assert(Old->Where != EtsObject::Home::EntryFree && "an entry's objects are live");
  if (Old->Next)
    return false;
  bool Fits = Old->Where == EtsObject::Home::Entry ? Words <= N->RoomWords : Words == Old->Words;
  if (!Fits)
    return false;
  EtsObject::Home Where = Old->Where;
  releaseOffHeap(Old->OffHeap);
  Old->~EtsObject();
  [[maybe_unused]] EtsObject *O = EtsObject::createAt(Old, Obj, Words, Where);
  assert(O == Old && "the copy takes the old one's place");
  return true;
}

void ObjectIndex::replaceCopy(iterator It, Term Obj, unsigned KeyPos, Source From) {
  const std::size_t Words = termSize(Obj);
  if (From == Source::Outside && copyOver(It->second.front(), It.N, Obj, Words)) {
    setKey(It, It->second.front()->obj().tupleElement(KeyPos - 1));
    return;
  }
  EtsObject *O = Ordered ? EtsObject::create(Obj, Words) : copyFor(It.N, Obj, Words);
  Objects Old = std::exchange(It->second, Objects(O)); // Goes at the return.
  setKey(It, O->obj().tupleElement(KeyPos - 1));
}

/// Makes `Key`, the element of the entry's new copy, its key.
void ObjectIndex::setKey(iterator It, Term Key) {
  if (Ordered) // 1 may become 1.0.
    OtherKeys += std::size_t(!Key.isSmall()) - std::size_t(!It->first.isSmall());
  It->first = Key;
  // A chunk's last key is kept apart too: it must not name the old copy.
  if (Ordered && It.Pos + 1 == Chunks[It.Bucket]->size())
    LastKeys[It.Bucket] = Key;
}

// ---- Hashed: resizing as erl does -------------------------------------------

void ObjectIndex::setShrinkLimit() {
  std::size_t Slots_ = Slots.size();
  ShrinkLimit = Slots_ >= std::max<std::size_t>(Locks + ExtSegment, FirstSegment + 2 * ExtSegment)
                    ? (Slots_ - ExtSegment) / 2
                    : 0;
}

void ObjectIndex::grew(std::size_t NObjects) {
  if (Ordered || Fixed)
    return;
  for (int Step = 0; Step < ResizeSteps && NObjects > Active; ++Step)
    growOne();
}

void ObjectIndex::shrank(std::size_t NObjects) {
  if (Ordered || Fixed)
    return;
  for (int Step = 0; Step < ResizeSteps && NObjects < ShrinkLimit; ++Step)
    shrinkOne();
}

void ObjectIndex::growOne() {
  if (Active == Slots.size()) {
    Slots.resize(Slots.size() + ExtSegment, nullptr);
    setShrinkLimit();
  }
  std::size_t From;
  if (Active <= Szm) {
    From = Active & (Szm >> 1);
  } else {
    From = 0;
    Szm = (Szm << 1) | 1;
  }
  std::size_t To = Active++;
  // A stable split: each node goes to the slot its hash now names.
  Node **Stay = &Slots[From], **Move = &Slots[To];
  for (Node *N = Slots[From]; N;) {
    Node *Next = N->Next;
    if ((N->Hash & Szm) == From) {
      *Stay = N;
      Stay = &N->Next;
    } else {
      *Move = N;
      Move = &N->Next;
    }
    N = Next;
  }
  *Stay = nullptr;
  *Move = nullptr;
}

void ObjectIndex::shrinkOne() {
  std::size_t Src = Active - 1, LowSzm = Szm >> 1, Dst = Src & LowSzm;
  Active = Src;
  if (Dst == 0)
    Szm = LowSzm;
  // The last slot's chain goes first, the buddy's after it, as in erl.
  Node *Moved = Slots[Src];
  Slots[Src] = nullptr;
  if (Moved) {
    Node **Tail = &Moved;
    while (*Tail)
      Tail = &(*Tail)->Next;
    *Tail = Slots[Dst];
    Slots[Dst] = Moved;
  }
  if (Slots.size() - Src >= ExtSegment) {
    Slots.resize(Slots.size() - ExtSegment);
    setShrinkLimit();
  }
}

void ObjectIndex::setFixed(bool On) {
  Fixed = On;
  if (!On && HasTombstones)
    dropTombstones();
}

void ObjectIndex::dropTombstones() {
  for (Node *&Head : Slots)
    for (Node **Link = &Head; *Link;) {
      Node *N = *Link;
      if (N->Deleted) {
        *Link = N->Next;
        freeNode(N);
      } else {
        Link = &N->Next;
      }
    }
  HasTombstones = false;
}
