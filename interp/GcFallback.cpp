//===- interp/GcFallback.cpp - Heap growth until the collector lands ------===//
///
/// \file
/// Built only while lib/Runtime has no `garbageCollect`: gives the process a
/// larger block and moves the stack there, leaving the old heap where it is
/// (never freed), so no term moves. Correct but leaks; replaced by the real
/// collector as soon as it exists.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Process.h"

#include <algorithm>
#include <cstring>

void beamr::garbageCollect(Process &P, std::size_t Need, unsigned) {
  if (P.freeWords() >= Need)
    return;
  std::size_t StackWords = std::size_t(P.HeapEnd - P.StackTop);
  std::size_t Size = std::max<std::size_t>(
      (std::size_t(P.HeapEnd - P.HeapStart) * 2), Need + StackWords + 1024);
  Word *Block = new Word[Size];
  Word *End = Block + Size;
  std::memcpy(End - StackWords, P.StackTop, StackWords * sizeof(Word));
  // The old block stays allocated: live terms may point into it.
  P.HeapStart = Block;
  P.HTop = Block;
  P.HeapEnd = End;
  P.StackTop = End - StackWords;
  P.HighWater = Block;
}
