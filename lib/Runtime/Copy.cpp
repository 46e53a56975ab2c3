//===- lib/Runtime/Copy.cpp - Deep copies of terms between heaps ----------===//
///
/// \file
/// `termSize` walks the term as a tree with an explicit stack; `copyTermInto`
/// copies the root shallowly and then scans the destination from left to
/// right, copying what each term slot points at to the end of the copy (a
/// Cheney scan whose from-space is never written). Because the source is not
/// marked, a subterm reached twice is copied twice: the copy has exactly
/// `termSize` words.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Copy.h"

#include "beamr/Term/Layout.h"

#include <vector>

using namespace beamr;

namespace {
/// The pending subterms of `termSize`: the first ones on the C stack, so a
/// message of the usual size (a few tuples and list cells) is measured
/// without an allocation; only deeper terms spill into a vector.
class PendingTerms {
public:
  void push(Word W) {
    if (Depth < InlineSlots)
      Inline[Depth++] = W;
    else
      Spill.push_back(W);
  }
  bool empty() const { return Depth == 0; }
  Word pop() {
    if (!Spill.empty()) {
      Word W = Spill.back();
      Spill.pop_back();
      return W;
    }
    return Inline[--Depth];
  }

private:
  static constexpr std::size_t InlineSlots = 32;
  Word Inline[InlineSlots];
  std::size_t Depth = 0; ///< Of `Inline`; `Spill` holds the rest.
  std::vector<Word> Spill;
};

bool hasWords(Term T) { return T.isCons() || T.isBoxed(); }
} // namespace

std::size_t beamr::termSize(Term T) {
  std::size_t Words = 0;
  PendingTerms Pending;
  for (;;) {
    // Follow tails in place so a long list keeps the stack short.
    while (hasWords(T)) {
      if (T.isCons()) {
        Words += 2;
        if (hasWords(T.head()))
          Pending.push(T.head().raw());
        T = T.tail();
        continue;
      }
      const Word *Object = T.boxedObject();
      Words += objectWords(Object);
      forEachTermSlot(Object, [&](const Word &Slot) {
        if (hasWords(Term::fromRaw(Slot)))
          Pending.push(Slot);
      });
      break;
    }
    if (Pending.empty())
      return Words;
    T = Term::fromRaw(Pending.pop());
  }
}

namespace {

/// Retains a copied refc binary and pushes it on `OffHeap`.
void linkOffHeap(Word *Object, Word *&OffHeap) {
  auto *PB = reinterpret_cast<ProcBin *>(Object + 1);
  PB->Bytes->retain();
  PB->NextOffHeap = OffHeap;
  OffHeap = Object;
}

/// Copies the cell or object `T` points at to `Top`, unscanned, and returns
/// the term naming the copy.
Term copyShallow(Term T, Word *&Top, Word *&OffHeap) {
  if (T.isCons()) {
    Word *Cell = Top;
    Top += 2;
    Cell[0] = T.consCell()[0];
    Cell[1] = T.consCell()[1];
    return Term::cons(Cell);
  }
  const Word *From = T.boxedObject();
  std::size_t N = objectWords(From);
  Word *Object = Top;
  Top += N;
  std::memcpy(Object, From, N * sizeof(Word));
  if (headerKind(Object[0]) == HeaderKind::RefcBinary)
    linkOffHeap(Object, OffHeap);
  return Term::boxed(Object);
}

/// Calls `Slot(W)` for every term slot of the cells and objects laid end
/// to end from `Scan` up to `Top` (re-read each step, so `Slot` may append)
/// and `Object(O)` for each object.
template <typename SlotFn, typename ObjectFn>
void scanWords(Word *Scan, Word *const &Top, SlotFn &&Slot, ObjectFn &&Object) {
  while (Scan < Top) {
    if (isHeaderWord(*Scan)) {
      Object(Scan);
      forEachTermSlot(Scan, Slot);
      Scan += objectWords(Scan);
    } else { // A cons cell: its head is a term, never a header.
      Slot(Scan[0]);
      Slot(Scan[1]);
      Scan += 2;
    }
  }
}

} // namespace

Term beamr::copyTermInto(Term T, Word *Dest, std::size_t Words, Word *&OffHeap) {
  if (!hasWords(T))
    return T;
  Word *Top = Dest;
  Term Root = copyShallow(T, Top, OffHeap);
  auto CopySlot = [&](Word &Slot) {
    Term S = Term::fromRaw(Slot);
    if (hasWords(S))
      Slot = copyShallow(S, Top, OffHeap).raw();
  };
  scanWords(Dest, Top, CopySlot, [](Word *) {});
  assert(Top == Dest + Words && "copy size differs from termSize");
  (void)Words;
  return Root;
}

namespace {
/// Collects the refc binaries of a copy so they can be handed to the
/// destination allocator in order.
void registerOffHeap(TermAllocator &To, Word *List) {
  while (List) {
    Word *Next = reinterpret_cast<ProcBin *>(List + 1)->NextOffHeap;
    To.addOffHeap(List);
    List = Next;
  }
}
} // namespace

Term beamr::copyTerm(Term T, TermAllocator &To) {
  if (!T.isCons() && !T.isBoxed())
    return T;
  std::size_t Words = termSize(T);
  Word *Dest = To.allocate(Words);
  Word *OffHeap = nullptr;
  Term Copy = copyTermInto(T, Dest, Words, OffHeap);
  registerOffHeap(To, OffHeap);
  return Copy;
}

Term beamr::copyBlock(Term T, std::size_t Words, TermAllocator &To) {
  if (!hasWords(T))
    return T;
  const Word *From = T.isCons() ? T.consCell() : T.boxedObject();
  Word *Dest = To.allocate(Words);
  std::memcpy(Dest, From, Words * sizeof(Word));
  // Pointers are addresses with a tag in the low bits: shifting the raw
  // word by the distance moved keeps the tag.
  const Word Delta = reinterpret_cast<Word>(Dest) - reinterpret_cast<Word>(From);
  Word *OffHeap = nullptr;
  Word *const End = Dest + Words;
  scanWords(
      Dest, End,
      [&](Word &Slot) {
        if (hasWords(Term::fromRaw(Slot)))
          Slot += Delta;
      },
      [&](Word *Object) {
        if (headerKind(Object[0]) == HeaderKind::RefcBinary)
          linkOffHeap(Object, OffHeap);
      });
  registerOffHeap(To, OffHeap);
  return Term::fromRaw(T.raw() + Delta);
}
