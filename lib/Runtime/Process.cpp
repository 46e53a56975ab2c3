//===- lib/Runtime/Process.cpp - Process memory and exceptions ------------===//
///
/// \file
/// Creating and destroying a process's memory, allocation for BIFs (bump or
/// heap fragment, never a collection), and recording raised exceptions.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Process.h"

#include "beamr/Term/Build.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>

#include <cassert>

using namespace beamr;

Process::Process() : Process(nullptr) {}

Process::Process(Word *Inline) : InlineHeap(Inline) {
  HeapStart = takeHeapBlock(MinHeapWords);
  HTop = HeapStart;
  HeapEnd = HeapStart + MinHeapWords;
  StackTop = HeapEnd;
  HighWater = HeapStart;
  ExcReason = Term::nil();
  ExcStacktrace = Term::nil();
  Pid = Term::localPid(0, 0);
  GroupLeader = Pid;
  GcStress = gcStressDefault();
}

void Process::resizeEmptyHeap(std::size_t Words) {
  assert(HTop == HeapStart && StackTop == HeapEnd && "the heap is in use");
  releaseHeapBlock(HeapStart);
  HeapStart = HTop = HighWater = takeHeapBlock(Words);
  HeapEnd = StackTop = HeapStart + Words;
}

Word *Process::takeHeapBlock(std::size_t Words) {
  if (InlineHeap && !InlineHeapInUse && Words == MinHeapWords) {
    InlineHeapInUse = true;
    return InlineHeap;
  }
  return new Word[Words];
}

void Process::releaseHeapBlock(Word *Block) {
  if (Block && Block == InlineHeap)
    InlineHeapInUse = false;
  else
    delete[] Block;
}

Process::~Process() {
  releaseOffHeap(OffHeap);
  for (HeapFragment *F = Fragments; F;) {
    HeapFragment *Next = F->Next;
    std::free(F);
    F = Next;
  }
  releaseHeapBlock(HeapStart);
  delete[] OldHeapStart;
}

HeapFragment *HeapFragment::create(std::size_t Size, std::size_t Capacity) {
  auto *F = static_cast<HeapFragment *>(
      std::malloc(offsetof(HeapFragment, Data) + sizeof(Word) * std::max<std::size_t>(Capacity, 1)));
  if (!F)
    std::abort();
  F->Next = nullptr;
  F->Size = Size;
  F->Capacity = Capacity;
  return F;
}

Word *Process::allocateFragment(std::size_t Words) {
  if (HeapFragment *F = Fragments; F && F->Capacity - F->Size >= Words) {
    Word *Result = F->Data + F->Size;
    F->Size += Words;
    FragmentWordCount += Words;
    return Result;
  }
  // Each new fragment doubles the last one's capacity, up to a bound, so the
  // words wasted stay a fraction of those used.
  constexpr std::size_t FirstChunk = 256, MaxChunk = std::size_t(1) << 16;
  std::size_t Chunk = Fragments ? std::min(2 * Fragments->Capacity, MaxChunk) : FirstChunk;
  HeapFragment *F = HeapFragment::create(Words, std::max(Words, Chunk));
  F->Next = Fragments;
  Fragments = F;
  FragmentWordCount += Words;
  return F->Data;
}

void Process::addOffHeap(Word *Object) {
  reinterpret_cast<ProcBin *>(Object + 1)->NextOffHeap = OffHeap;
  OffHeap = Object;
}

Term Process::raise(ExceptionClass Class, Term Reason) {
  ExcClass = Class;
  ExcReason = Reason;
  ExcStacktrace = Term::nil();
  ExcCause = NoValue;
  return NoValue;
}

Term Process::raiseErrorTuple(Term Tag, Term Value) {
  Term Elems[] = {Tag, Value};
  return raiseError(makeTuple(*this, Elems));
}

static std::atomic<unsigned> BacktraceDepth{8};

unsigned beamr::backtraceDepth() { return BacktraceDepth.load(std::memory_order_relaxed); }

unsigned beamr::setBacktraceDepth(unsigned Depth) { return BacktraceDepth.exchange(Depth); }

std::vector<Process::GcInfoItem> Process::gcInfo() const {
  // Refc binaries count as erl's virtual heaps do: their bytes in words,
  // young and old apart.
  std::size_t YoungBin = 0, OldBin = 0;
  for (Word *Object = OffHeap; Object;) {
    const ProcBin *PB = reinterpret_cast<const ProcBin *>(Object + 1);
    bool Old = Object >= OldHeapStart && Object < OldHeapEnd;
    (Old ? OldBin : YoungBin) += PB->ByteSize / sizeof(Word);
    Object = PB->NextOffHeap;
  }
  const Word *Survived = HighWater ? HighWater : HeapStart;
  return {{"old_heap_block_size", oldHeapSize()},
          {"heap_block_size", heapSize()},
          {"mbuf_size", fragmentWords()},
          {"recent_size", std::size_t(Survived - HeapStart)},
          {"stack_size", std::size_t(HeapEnd - StackTop)},
          {"old_heap_size", std::size_t(OldHTop - OldHeapStart)},
          {"heap_size", std::size_t(HTop - HeapStart)},
          {"bin_vheap_size", YoungBin},
          {"bin_vheap_block_size", std::max(MinBinVheapSize, YoungBin)},
          {"bin_old_vheap_size", OldBin},
          {"bin_old_vheap_block_size", std::max(MinBinVheapSize, OldBin)}};
}
