//===- lib/Runtime/Mailbox.cpp - Message queues ---------------------------===//
///
/// \file
/// The incoming stack, the private queue with its cursor and markers, and the
/// receive hooks over a process's mailbox.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Mailbox.h"

#include "beamr/Runtime/Copy.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Term/Build.h"

#include <algorithm>
#include <cstdlib>
#include <new>

using namespace beamr;

Message *Message::create(Term T) {
  std::size_t Words = termSize(T);
  if (Words == 0) {
    auto *M = new Message;
    M->Payload = T;
    return M;
  }
  // One block: the fragment, then the node after its words. A receive that
  // scans the queue reads the node and the payload close together, and the
  // node dies with the fragment, which the receiver's collector frees.
  static_assert(alignof(Message) <= alignof(Word));
  auto *F = static_cast<HeapFragment *>(
      std::malloc(offsetof(HeapFragment, Data) + sizeof(Word) * Words + sizeof(Message)));
  if (!F)
    std::abort();
  F->Next = nullptr;
  F->Size = F->Capacity = Words;
  auto *M = new (F->Data + Words) Message;
  M->Fragment = F;
  M->Payload = copyTermInto(T, F->Data, Words, M->OffHeap);
  return M;
}

void Message::destroy(Message *M) {
  releaseOffHeap(M->OffHeap);
  if (HeapFragment *F = M->Fragment)
    std::free(F); // The node lives in the fragment's block.
  else
    delete M;
}

Mailbox::~Mailbox() {
  takeIncoming();
  for (Message *M = Head; M;) {
    Message *Next = M->Next;
    Message::destroy(M);
    M = Next;
  }
}

void Mailbox::push(Message *M) {
  Count.fetch_add(1, std::memory_order_relaxed);
  Message *Old = Incoming.load(std::memory_order_relaxed);
  do
    M->Next = Old;
  while (!Incoming.compare_exchange_weak(Old, M, std::memory_order_release,
                                         std::memory_order_relaxed));
}

void Mailbox::takeIncoming() {
  Message *Stack = Incoming.exchange(nullptr, std::memory_order_acquire);
  // The stack is newest first: reverse it, then append.
  Message *Oldest = nullptr;
  while (Stack) {
    Message *Next = Stack->Next;
    Stack->Next = Oldest;
    Oldest = Stack;
    Stack = Next;
  }
  for (Message *M = Oldest; M;) {
    Message *Next = M->Next;
    M->Next = nullptr;
    M->Prev = Tail;
    if (Tail)
      Tail->Next = M;
    else
      Head = M;
    Tail = M;
    M = Next;
  }
}

Message *Mailbox::peekIncoming() {
  takeIncoming();
  return current();
}

Message *Mailbox::removeCurrent() {
  Message *M = peek();
  if (!M)
    return nullptr;
  (M->Prev ? M->Prev->Next : Head) = M->Next;
  (M->Next ? M->Next->Prev : Tail) = M->Prev;
  if (Markers)
    for (Marker &K : *Markers)
      if (K.InUse && K.Last == M)
        K.Last = M->Prev;
  Count.fetch_sub(1, std::memory_order_relaxed);
  CursorPrev = nullptr;
  M->Next = M->Prev = nullptr;
  return M;
}

Message *Mailbox::first() {
  takeIncoming();
  return Head;
}

unsigned Mailbox::reserveMarker() {
  takeIncoming();
  // A free slot, else the one reserved longest ago (smallest id).
  if (!Markers)
    Markers = std::make_unique<std::array<Marker, MaxMarkers>>();
  Marker *Slot = nullptr;
  for (Marker &K : *Markers)
    if (!K.InUse) {
      Slot = &K;
      break;
    }
  if (!Slot)
    Slot = std::min_element(Markers->begin(), Markers->end(),
                            [](const Marker &A, const Marker &B) { return A.Id < B.Id; });
  *Slot = Marker();
  Slot->InUse = true;
  Slot->Id = NextMarkerId++ & ((1u << 30) - 1);
  Slot->Last = Tail;
  return Slot->Id;
}

void Mailbox::bindMarker(unsigned Id, const Word *RefIds, std::size_t Count) {
  if (Count > std::size(Marker().Ref) || !Markers)
    return;
  for (Marker &K : *Markers)
    if (K.InUse && K.Id == Id) {
      K.Bound = true;
      K.RefCount = std::uint8_t(Count);
      std::copy(RefIds, RefIds + Count, K.Ref);
      return;
    }
}

Mailbox::Marker *Mailbox::findMarker(const Word *RefIds, std::size_t Count) {
  if (!Markers)
    return nullptr;
  for (Marker &K : *Markers)
    if (K.InUse && K.Bound && K.RefCount == Count && std::equal(RefIds, RefIds + Count, K.Ref))
      return &K;
  return nullptr;
}

void Mailbox::useMarker(const Word *RefIds, std::size_t Count) {
  if (Marker *K = findMarker(RefIds, Count))
    CursorPrev = K->Last;
}

void Mailbox::clearMarker(const Word *RefIds, std::size_t Count) {
  if (Marker *K = findMarker(RefIds, Count))
    *K = Marker();
}

// --- The receive hooks ----------------------------------------------------

Term beamr::mailboxPeek(Process &P) {
  Message *M = P.Mail.peek();
  return M ? M->Payload : NoValue;
}

void beamr::mailboxAdvance(Process &P) { P.Mail.advance(); }

void beamr::mailboxRemove(Process &P) {
  Message *M = P.Mail.removeCurrent();
  if (!M)
    return;
  // Hand the message's refc binaries to the heap's off-heap list.
  for (Word *Obj = M->OffHeap; Obj;) {
    auto *PB = reinterpret_cast<ProcBin *>(Obj + 1);
    Word *Next = PB->NextOffHeap;
    P.addOffHeap(Obj);
    Obj = Next;
  }
  if (HeapFragment *F = M->Fragment) {
    // The node is in the fragment's block: the collector frees both.
    F->Next = P.Fragments;
    P.Fragments = F;
    P.FragmentWordCount += F->Size;
  } else {
    delete M;
  }
}

void beamr::mailboxResetCursor(Process &P) { P.Mail.resetCursor(); }

Term beamr::mailboxReserveMarker(Process &P) {
  return Term::small(SWord(P.Mail.reserveMarker()));
}

static bool isLocalRef(Term T) { return T.isBoxedKind(HeaderKind::Ref); }

void beamr::mailboxBindMarker(Process &P, Term Marker, Term Ref) {
  if (!Marker.isSmall() || !isLocalRef(Ref))
    return;
  std::span<const Word> Ids = localRefIds(Ref);
  P.Mail.bindMarker(unsigned(Marker.smallValue()), Ids.data(), Ids.size());
}

void beamr::mailboxUseMarker(Process &P, Term Ref) {
  if (!isLocalRef(Ref))
    return;
  std::span<const Word> Ids = localRefIds(Ref);
  P.Mail.useMarker(Ids.data(), Ids.size());
}

void beamr::mailboxClearMarker(Process &P, Term Ref) {
  if (!isLocalRef(Ref))
    return;
  std::span<const Word> Ids = localRefIds(Ref);
  P.Mail.clearMarker(Ids.data(), Ids.size());
}
