//===- lib/Term/Heap.cpp - Term arenas and refc bytes ---------------------===//
///
/// \file
/// The arena allocator used for literals and tests, and the reference counted
/// off-heap byte blocks behind refc binaries.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Heap.h"

#include <algorithm>
#include <cstdlib>
#include <new>

using namespace beamr;

RefcBytes *RefcBytes::create(std::size_t Size, std::size_t Capacity) {
  Capacity = std::max(Capacity, Size);
  void *Mem = std::malloc(offsetof(RefcBytes, Data) + std::max<std::size_t>(Capacity, 1));
  if (!Mem)
    return nullptr;
  auto *B = static_cast<RefcBytes *>(Mem);
  new (&B->RefCount) std::atomic<std::uint64_t>(1);
  B->Capacity = Capacity;
  new (&B->Used) std::atomic<std::size_t>(Size);
  return B;
}

void RefcBytes::release() {
  if (RefCount.fetch_sub(1, std::memory_order_acq_rel) == 1)
    std::free(this);
}

TermAllocator::~TermAllocator() = default;

void beamr::releaseOffHeap(Word *Obj) {
  while (Obj) {
    auto *PB = reinterpret_cast<ProcBin *>(Obj + 1);
    Word *Next = PB->NextOffHeap;
    PB->Bytes->release();
    Obj = Next;
  }
}

TermArena::~TermArena() { releaseOffHeap(OffHeap); }

Word *TermArena::allocate(std::size_t Words) {
  if (Words > Left) {
    std::size_t BlockWords = std::max<std::size_t>(Words, 4096);
    Blocks.emplace_back(new Word[BlockWords]);
    Top = Blocks.back().get();
    Left = BlockWords;
  }
  Word *Result = Top;
  Top += Words;
  Left -= Words;
  Used += Words;
  return Result;
}

void TermArena::addOffHeap(Word *Object) {
  assert(headerKind(*Object) == HeaderKind::RefcBinary && "only refc binaries live off heap");
  reinterpret_cast<ProcBin *>(Object + 1)->NextOffHeap = OffHeap;
  OffHeap = Object;
}
