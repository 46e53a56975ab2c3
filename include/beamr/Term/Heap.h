//===- beamr/Term/Heap.h - Where terms are allocated ------------*- C++ -*-===//
///
/// \file
/// Terms are built through a `TermAllocator`. Process heaps implement it once
/// processes exist; until then, and for data that lives as long as a loaded
/// module (literals), a `TermArena` does: a chain of blocks that is freed as a
/// whole and releases its refc binaries when it goes.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_HEAP_H
#define BEAMR_TERM_HEAP_H

#include "beamr/Term/Term.h"

#include <memory>
#include <vector>

namespace beamr {

class TermAllocator {
public:
  virtual ~TermAllocator();
  /// Returns `Words` uninitialised, 8-byte aligned words that stay valid as
  /// long as the allocator decides (a process heap: until the next GC).
  virtual Word *allocate(std::size_t Words) = 0;
  /// Puts a freshly built refc binary object (its header word) on this heap's
  /// off-heap list, so its bytes are released with the heap.
  virtual void addOffHeap(Word *Object) = 0;
};

/// Releases the bytes of every refc binary on an off-heap list (header
/// words linked through `ProcBin::NextOffHeap`), as the owner of the list
/// goes away.
void releaseOffHeap(Word *OffHeap);

/// A bump allocator over blocks that are never moved. Not thread-safe.
class TermArena final : public TermAllocator {
public:
  TermArena() = default;
  TermArena(const TermArena &) = delete;
  TermArena &operator=(const TermArena &) = delete;
  ~TermArena() override;

  Word *allocate(std::size_t Words) override;
  void addOffHeap(Word *Object) override;
  /// Words handed out so far.
  std::size_t used() const { return Used; }

private:
  std::vector<std::unique_ptr<Word[]>> Blocks;
  Word *Top = nullptr;
  std::size_t Left = 0;
  std::size_t Used = 0;
  Word *OffHeap = nullptr;
};

} // namespace beamr

#endif // BEAMR_TERM_HEAP_H
