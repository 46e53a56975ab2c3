//===- beamr/Runtime/Copy.h - Deep copies of terms between heaps -*- C++ -*-===//
///
/// \file
/// Copying a term to another heap, as message passing, `spawn` arguments and
/// ETS-like stores need. Like erl's copy for messages the copy is
/// sharing-unaware: a subterm reached twice is copied twice, so the size of a
/// copy is the size of the term as a tree (`termSize`). Everything boxed or
/// cons is copied wherever it lives, module literals included, so the copy is
/// self-contained. Both functions are iterative: a list of a million elements
/// or a deeply nested tuple needs no C++ stack.
///
/// Refc binaries are copied as new `ProcBin`s naming the same bytes: the
/// bytes are retained once more and the new `ProcBin` is put on the
/// destination's off-heap list. Sub binaries are copied together with the
/// binary they name.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_COPY_H
#define BEAMR_RUNTIME_COPY_H

#include "beamr/Term/Heap.h"

#include <cstddef>

namespace beamr {

/// Words `copyTerm` needs for `T` (0 for an immediate). Counts shared
/// subterms once per path that reaches them.
std::size_t termSize(Term T);

/// Copies `T` into `To` with a single `To.allocate(termSize(T))` call (none
/// for an immediate, which is returned as is) and returns the copy. Refc
/// binaries in the copy are registered with `To.addOffHeap`.
Term copyTerm(Term T, TermAllocator &To);

/// Copies `T` into `Words` words at `Dest`, where `Words == termSize(T)`.
/// Refc binaries of the copy are retained and pushed on `OffHeap` (a list
/// linked through `ProcBin::NextOffHeap`), for callers that build messages
/// in memory of their own before handing it to a process.
Term copyTermInto(Term T, Word *Dest, std::size_t Words, Word *&OffHeap);

/// Copies to `To` a term that `copyTermInto` built and that has not changed
/// shape since (only immediates overwritten): its `Words` words, from the
/// root's on, hold every cell and object it reaches. The words move as one
/// block and their pointers are shifted, without walking the term; refc
/// binaries are registered as by `copyTerm`.
Term copyBlock(Term T, std::size_t Words, TermAllocator &To);

} // namespace beamr

#endif // BEAMR_RUNTIME_COPY_H
