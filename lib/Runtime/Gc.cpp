//===- lib/Runtime/Gc.cpp - Generational copying collector ----------------===//
///
/// \file
/// A per-process, generational, copying (Cheney) collector with precise
/// roots, shaped like erl's: minor collections copy the young heap and heap
/// fragments into a fresh young block, promoting objects that already
/// survived one collection (those below `HighWater`) to the old heap; a full
/// sweep copies young, old and fragments into one fresh young block. Heap
/// sizes follow erl's size table. docs/GC.md explains the design; which words
/// of an object are terms is described once, in beamr/Term/Layout.h.
///
/// Forwarding. A moved boxed object gets its header overwritten with the
/// boxed-tagged pointer to its copy: a header is always tagged 00, so a 10
/// word where a header belongs can only be a forwarding address. A moved cons
/// cell gets `ForwardedCons` (a 00 word, which no term is) in its head and
/// the cons-tagged pointer to its copy in its tail. Payload words of a moved
/// object stay intact, so the off-heap sweep can still follow `NextOffHeap`.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Process.h"

#include "beamr/Runtime/Environment.h"
#include "beamr/Runtime/ProcessTable.h"

#include "beamr/Term/Layout.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <vector>

using namespace beamr;

//===----------------------------------------------------------------------===//
// Stress mode and heap sizes
//===----------------------------------------------------------------------===//

namespace {

/// The default of new processes' GcStress; any thread (-1: not read from
/// the environment yet; two threads reading it at once agree).
std::atomic<int> StressSetting{-1};

/// erl's table: a Fibonacci-like run (each size the sum of the two before
/// plus one, from 12 and 38) for 23 entries, then 20% steps.
constexpr std::size_t NumHeapSizes = 150;
std::array<std::size_t, NumHeapSizes> makeHeapSizes() {
  std::array<std::size_t, NumHeapSizes> Sizes{};
  Sizes[0] = 12;
  Sizes[1] = 38;
  for (std::size_t I = 2; I < 23; ++I)
    Sizes[I] = Sizes[I - 1] + Sizes[I - 2] + 1;
  for (std::size_t I = 23; I < NumHeapSizes; ++I)
    Sizes[I] = Sizes[I - 1] + Sizes[I - 1] / 5;
  return Sizes;
}
const std::array<std::size_t, NumHeapSizes> HeapSizes = makeHeapSizes();

/// Stress mode collects at every collection point while the stack is below
/// this many words deep, and at one point in (depth / this) beyond: every
/// collection scans the whole stack, and collecting at every point of a
/// deep recursion made stress runs quadratic in its depth.
constexpr std::size_t StressStackWords = 512;

/// What a moved cons cell's head holds: a header-tagged word, never a term.
constexpr Word ForwardedCons = 0;

} // namespace

void beamr::setGcStress(bool On) { StressSetting.store(On ? 1 : 0); }

bool beamr::gcStressDefault() {
  int S = StressSetting.load();
  if (S < 0) {
    std::optional<std::string> Env = readEnvironment("BEAMR_GC_STRESS");
    S = Env && !Env->empty() && (*Env)[0] != '0' ? 1 : 0;
    StressSetting.store(S);
  }
  return S == 1;
}

std::size_t beamr::nextHeapSize(std::size_t Words, bool Larger) {
  auto It = Larger ? std::upper_bound(HeapSizes.begin(), HeapSizes.end(), Words)
                   : std::lower_bound(HeapSizes.begin(), HeapSizes.end(), Words);
  if (It == HeapSizes.end())
    std::abort(); // Beyond 2^60 words: no memory could hold it anyway.
  return *It;
}

namespace {

/// erl's `next_heap_size`: a table size, never below the process's minimum.
std::size_t processHeapSize(const Process &P, std::size_t Words, bool Larger = false) {
  return std::max(nextHeapSize(Words, Larger), P.MinHeapSize);
}

//===----------------------------------------------------------------------===//
// One copying pass
//===----------------------------------------------------------------------===//

struct Area {
  Word *Start = nullptr, *End = nullptr;
  bool contains(const Word *P) const { return P >= Start && P < End; }
};

/// What a pass collects and where survivors go.
enum class PassKind {
  Minor, ///< Young + fragments; objects below HighWater go to the old heap.
  Full,  ///< Young + fragments + old heap, all into the new young block.
  Resize ///< Young only, just after a collection (no fragments), nothing
         ///< promoted: a move into a block of another size.
};

class CopyPass {
public:
  CopyPass(Process &P, PassKind Kind, std::size_t NewSize);
  /// Copies everything reachable from the roots and installs the new block.
  void run(unsigned Live);

private:
  // The per-word helpers are inline: a collection calls them for every
  // term slot it scans.
  [[gnu::always_inline]] bool inFromSpace(const Word *Ptr) const {
    if (Young.contains(Ptr))
      return true;
    if (Kind == PassKind::Full && Old.contains(Ptr))
      return true;
    return !Fragments.empty() && inFragment(Ptr);
  }
  bool inFragment(const Word *Ptr) const;
  [[gnu::always_inline]] Word *destination(const Word *From, std::size_t Words, bool FromOld) {
    bool IsMature = From >= Young.Start && From < Mature;
    if (OldTop && (IsMature || FromOld)) [[unlikely]]
      return promote(IsMature, Words);
    assert(NewTop + Words <= NewStack && "new young block too small");
    Word *To = NewTop;
    NewTop += Words;
    return To;
  }
  Word *promote(bool IsMature, std::size_t Words);
  void evacuate(Word &Slot, bool FromOld);
  void scanObjects(Word *&Scan, Word *const &Top, bool FromOld);
  void scanRoots(unsigned Live);
  void sweepOffHeap();
  void install();

  Process &P;
  PassKind Kind;
  Area Young, Old;
  Word *Mature;               // Young objects below this are promoted (Minor).
  std::vector<Area> Fragments; // Sorted by start.
  Word *NewBlock, *NewEnd, *NewTop, *NewStack;
  Word *OldTop = nullptr, *OldLimit = nullptr;
  std::size_t MatureLeft = 0; // Old-heap words kept back for mature objects.
};

CopyPass::CopyPass(Process &P, PassKind Kind, std::size_t NewSize)
    : P(P), Kind(Kind), Young{P.HeapStart, P.HTop}, Old{P.OldHeapStart, P.OldHTop},
      Mature(Kind == PassKind::Minor ? P.HighWater : P.HeapStart) {
  for (HeapFragment *F = P.Fragments; F; F = F->Next)
    Fragments.push_back({F->Data, F->Data + F->Size});
  assert((Kind != PassKind::Resize || Fragments.empty()) && "resize after a collection");
  std::sort(Fragments.begin(), Fragments.end(),
            [](const Area &A, const Area &B) { return A.Start < B.Start; });
  NewBlock = P.takeHeapBlock(NewSize);
  NewEnd = NewBlock + NewSize;
  NewTop = NewBlock;
  std::size_t StackWords = std::size_t(P.HeapEnd - P.StackTop);
  NewStack = NewEnd - StackWords;
  std::memcpy(NewStack, P.StackTop, StackWords * sizeof(Word));
  if (Kind == PassKind::Minor && P.OldHeapStart) {
    OldTop = P.OldHTop;
    OldLimit = P.OldHeapEnd;
    MatureLeft = std::size_t(Mature - Young.Start);
  }
}

bool CopyPass::inFragment(const Word *Ptr) const {
  auto It = std::upper_bound(Fragments.begin(), Fragments.end(), Ptr,
                             [](const Word *P, const Area &A) { return P < A.Start; });
  return It != Fragments.begin() && std::prev(It)->contains(Ptr);
}

/// Where the copy of a `Words`-word object goes (`destination`). Mature
/// objects go to the old heap; so do objects reached from the old heap,
/// which keeps the rule minor collections rely on: nothing old points at
/// young data. If the old heap cannot take such an object, it stays young
/// and the next collection is a full sweep.
Word *CopyPass::promote(bool IsMature, std::size_t Words) {
  std::size_t Reserve = IsMature ? 0 : MatureLeft;
  if (std::size_t(OldLimit - OldTop) >= Words + Reserve) {
    MatureLeft -= IsMature ? std::min(MatureLeft, Words) : 0;
    Word *To = OldTop;
    OldTop += Words;
    return To;
  }
  assert(!IsMature && "old heap cannot hold the mature data");
  P.NeedFullsweep = true;
  assert(NewTop + Words <= NewStack && "new young block too small");
  Word *To = NewTop;
  NewTop += Words;
  return To;
}

void CopyPass::evacuate(Word &Slot, bool FromOld) {
  Term T = Term::fromRaw(Slot);
  if (T.isCons()) {
    Word *Cell = T.consCell();
    if (!inFromSpace(Cell))
      return;
    if (Cell[0] == ForwardedCons) {
      Slot = Cell[1];
      return;
    }
    Word *To = destination(Cell, 2, FromOld);
    To[0] = Cell[0];
    To[1] = Cell[1];
    Cell[0] = ForwardedCons;
    Cell[1] = Slot = Term::cons(To).raw();
    return;
  }
  if (!T.isBoxed())
    return;
  Word *Object = T.boxedObject();
  if (!inFromSpace(Object))
    return;
  if (Term::fromRaw(Object[0]).isBoxed()) { // Already moved.
    Slot = Object[0];
    return;
  }
  std::size_t Words = objectWords(Object);
  Word *To = destination(Object, Words, FromOld);
  // Most objects are a few words: a loop beats a call of memcpy.
  if (Words <= 8)
    for (std::size_t K = 0; K < Words; ++K)
      To[K] = Object[K];
  else
    std::memcpy(To, Object, Words * sizeof(Word));
  Object[0] = Slot = Term::boxed(To).raw();
}

/// Scans copied objects from `Scan` up to `Top` (which moves as the scan
/// copies more), evacuating every term slot.
void CopyPass::scanObjects(Word *&Scan, Word *const &Top, bool FromOld) {
  auto Evacuate = [&](Word &Slot) { evacuate(Slot, FromOld); };
  while (Scan < Top) {
    if (isHeaderWord(*Scan)) {
      forEachTermSlot(Scan, Evacuate);
      Scan += objectWords(Scan);
      continue;
    }
    evacuate(Scan[0], FromOld); // A cons cell: two terms.
    evacuate(Scan[1], FromOld);
    Scan += 2;
  }
}

void CopyPass::scanRoots(unsigned Live) {
  for (unsigned I = 0; I < Live; ++I)
    evacuate(reinterpret_cast<Word &>(P.X[I]), false);
  for (Word *S = NewStack; S < NewEnd; ++S)
    if (!isHeaderWord(*S)) // 00 words are continuation pointers.
      evacuate(*S, false);
  for (auto &[Key, Value] : P.Dictionary) {
    evacuate(reinterpret_cast<Word &>(Key), false);
    evacuate(reinterpret_cast<Word &>(Value), false);
  }
  for (Term *Root : {&P.ExcReason, &P.ExcStacktrace, &P.Pid})
    evacuate(reinterpret_cast<Word &>(*Root), false);
  // The group leader may be set by another process (group_leader/2, local
  // pids only): only a boxed one, which no other process can set, moves.
  if (Term Leader = P.GroupLeader.load(); Leader.isBoxed()) {
    evacuate(reinterpret_cast<Word &>(Leader), false);
    P.GroupLeader.store(Leader);
  }
  for (Term *Root : P.ExtraRoots)
    evacuate(reinterpret_cast<Word &>(*Root), false);
}

void CopyPass::run(unsigned Live) {
  Word *OldScan = OldTop;
  scanRoots(Live);
  Word *NewScan = NewBlock;
  while (NewScan < NewTop || (OldScan && OldScan < OldTop)) {
    scanObjects(NewScan, NewTop, false);
    if (OldScan)
      scanObjects(OldScan, OldTop, true);
  }
  sweepOffHeap();
  install();
}

/// Relinks the refc binaries that survived (their copies) in list order and
/// releases the bytes of those that did not. Binaries in the old heap of a
/// minor collection were not collected and stay as they are.
void CopyPass::sweepOffHeap() {
  Word *Head = nullptr;
  Word **Link = &Head;
  for (Word *Object = P.OffHeap; Object;) {
    auto *PB = reinterpret_cast<ProcBin *>(Object + 1);
    Word *Next = PB->NextOffHeap;
    Word *Survivor = nullptr;
    if (!inFromSpace(Object))
      Survivor = Object;
    else if (Term::fromRaw(Object[0]).isBoxed())
      Survivor = Term::fromRaw(Object[0]).boxedObject();
    else
      PB->Bytes->release();
    if (Survivor) {
      *Link = Survivor;
      Link = &reinterpret_cast<ProcBin *>(Survivor + 1)->NextOffHeap;
    }
    Object = Next;
  }
  *Link = nullptr;
  P.OffHeap = Head;
}

void CopyPass::install() {
  P.releaseHeapBlock(P.HeapStart);
  for (HeapFragment *F = P.Fragments; F;) {
    HeapFragment *Next = F->Next;
    std::free(F);
    F = Next;
  }
  P.Fragments = nullptr;
  P.FragmentWordCount = 0;
  if (Kind == PassKind::Full) {
    delete[] P.OldHeapStart;
    P.OldHeapStart = P.OldHTop = P.OldHeapEnd = nullptr;
  } else if (OldTop) {
    P.OldHTop = OldTop;
  }
  P.HeapStart = NewBlock;
  P.HTop = NewTop;
  P.StackTop = NewStack;
  P.HeapEnd = NewEnd;
  P.HighWater = NewTop; // Everything here has now survived a collection.
}

//===----------------------------------------------------------------------===//
// Policy: which collection, what sizes
//===----------------------------------------------------------------------===//

std::size_t stackWords(const Process &P) { return std::size_t(P.HeapEnd - P.StackTop); }
std::size_t youngUsed(const Process &P) { return std::size_t(P.HTop - P.HeapStart); }
std::size_t oldUsed(const Process &P) { return std::size_t(P.OldHTop - P.OldHeapStart); }

/// Gives the young heap, just collected, `Size` words. Shrinking keeps the
/// block and moves only the stack down to the new end (nothing points into
/// the stack, so no pointer changes; the block's tail goes back to the
/// allocator with the block at the next collection). Growing copies
/// everything into a new block; nothing is promoted.
void resizeYoung(Process &P, std::size_t Size, unsigned Live) {
  std::size_t Stack = stackWords(P);
  if (Size < P.heapSize() && youngUsed(P) + Stack <= Size) {
    Word *NewEnd = P.HeapStart + Size;
    std::memmove(NewEnd - Stack, P.StackTop, Stack * sizeof(Word));
    P.HeapEnd = NewEnd;
    P.StackTop = NewEnd - Stack;
    return;
  }
  CopyPass(P, PassKind::Resize, Size).run(Live);
}

/// erl's choice of young size after a minor collection into a block of
/// `Planned` words.
std::size_t sizeAfterMinor(const Process &P, std::size_t Planned, std::size_t Need) {
  std::size_t NeedAfter = youngUsed(P) + Need + stackWords(P);
  std::size_t OldSize = P.oldHeapSize();
  if (Planned > 3000 && 4 * NeedAfter < Planned && (Planned > 8000 || Planned > OldSize)) {
    std::size_t Wanted = 3 * NeedAfter;
    if (Wanted * 9 < OldSize)
      Wanted = std::max(Wanted, OldSize / 8);
    Wanted = processHeapSize(P, Wanted);
    return std::min(Wanted, Planned);
  }
  if (NeedAfter > Planned)
    return processHeapSize(P, NeedAfter);
  return Planned;
}

/// A minor collection; false when a full sweep must be done instead.
bool minorCollection(Process &P, std::size_t Need, unsigned Live) {
  std::size_t SizeBefore = youngUsed(P) + P.fragmentWords();
  std::size_t Mature = std::size_t(P.HighWater - P.HeapStart);
  std::size_t Stack = stackWords(P);
  if (!P.OldHeapStart && Mature) {
    std::size_t OldSize = nextHeapSize(SizeBefore, /*Larger=*/true);
    P.OldHeapStart = P.OldHTop = new Word[OldSize];
    P.OldHeapEnd = P.OldHeapStart + OldSize;
  }
  if (P.OldHeapStart && std::size_t(P.OldHeapEnd - P.OldHTop) < Mature)
    return false;
  // erl's young size, or more when `Need` does not fit beside the survivors.
  // Fragments beyond the heap's size do not grow it: under erl those
  // messages would have been on the heap, which a collection would have
  // emptied first. If they survive, the size after grows to hold them.
  std::size_t Planned =
      processHeapSize(P, std::min(Stack + SizeBefore, std::max(P.heapSize(), Stack + youngUsed(P))));
  std::size_t Block = std::max(Planned, processHeapSize(P, Stack + SizeBefore - Mature + Need));
  CopyPass(P, PassKind::Minor, Block).run(Live);
  ++P.MinorCollections;
  ++P.MinorSweeps;
  if (P.NeedFullsweep)
    return false;
  std::size_t Wanted = sizeAfterMinor(P, Planned, Need);
  if (Wanted != Block)
    resizeYoung(P, Wanted, Live);
  return true;
}

/// erl's `adjust_after_fullsweep`: the young size after a full sweep into a
/// block of `Planned` words.
std::size_t sizeAfterFull(Process &P, std::size_t Planned, std::size_t Need) {
  std::size_t NeedAfter = youngUsed(P) + Need + stackWords(P);
  if (Planned < NeedAfter)
    return processHeapSize(P, NeedAfter);
  if (3 * Planned < 4 * NeedAfter) {
    P.HeapGrow = true; // More than 75% used: grow at the next full sweep.
    return Planned;
  }
  if (4 * NeedAfter < Planned && Planned > P.MinHeapSize)
    return std::min(Planned, processHeapSize(P, 2 * NeedAfter));
  return Planned;
}

void fullSweep(Process &P, std::size_t Need, unsigned Live) {
  std::size_t SizeBefore = youngUsed(P) + P.fragmentWords() + oldUsed(P);
  std::size_t Stack = stackWords(P);
  std::size_t Planned = processHeapSize(P, Stack + SizeBefore);
  if (Planned == P.heapSize() && P.HeapGrow)
    Planned = processHeapSize(P, Planned, /*Larger=*/true);
  std::size_t Block = std::max(Planned, processHeapSize(P, Stack + SizeBefore + Need));
  P.HeapGrow = false;
  CopyPass(P, PassKind::Full, Block).run(Live);
  P.MinorCollections = 0;
  P.NeedFullsweep = false;
  ++P.FullSweeps;
  std::size_t Wanted = sizeAfterFull(P, Planned, Need);
  if (Wanted != Block)
    resizeYoung(P, Wanted, Live);
}

/// statistics(garbage_collection)'s counts.
std::atomic<std::uint64_t> Collections{0}, WordsReclaimed{0};

} // namespace

GcStatistics beamr::gcStatistics() {
  return {Collections.load(std::memory_order_relaxed), WordsReclaimed.load(std::memory_order_relaxed)};
}

void beamr::garbageCollect(Process &P, std::size_t Need, unsigned Live) {
  assert(Live <= Process::MaxXRegisters && "live registers out of range");
  bool Full = P.NeedFullsweep || P.MinorCollections >= P.FullsweepAfter;
  // A collection stress mode asks for with nothing allocated since the last
  // one (empty young heap, no fragments) and room for `Need` would copy
  // nothing: every root already points outside the young heap.
  if (!Full && P.GcStress && P.freeWords() >= Need) {
    if (P.HTop == P.HeapStart && !P.Fragments)
      return;
    // Amortised stress on deep stacks: after a collection that scanned S
    // stack words, the next S / StressStackWords collection points pass.
    if (P.StressSkip > 0) {
      --P.StressSkip;
      return;
    }
    P.StressSkip = std::size_t(P.HeapEnd - P.StackTop) / StressStackWords;
  }
  std::size_t Before = youngUsed(P) + P.fragmentWords() + oldUsed(P);
  if (Full || !minorCollection(P, Need, Live))
    fullSweep(P, Need, Live);
  std::size_t After = youngUsed(P) + oldUsed(P);
  Collections.fetch_add(1, std::memory_order_relaxed);
  WordsReclaimed.fetch_add(Before > After ? Before - After : 0, std::memory_order_relaxed);
  if (P.MaxHeapWords && P.heapSize() + P.oldHeapSize() > P.MaxHeapWords)
    maxHeapSizeReached(P);
}
