//===- lib/Runtime/EtsIndex.h - The key index of an ETS table ---*- C++ -*-===//
///
/// \file
/// Where an ETS table finds the objects of a key.
///
/// An `ordered_set` keeps its keys sorted in term order (`==`), as erl
/// does, in a two-level sorted array rather than a node per key: a search
/// is a binary search over the chunks' last keys, then one within a chunk
/// of at most 32 entries, touching a few cache lines where a red-black tree
/// touches one per level. A search first tries the chunk the last one
/// ended in and its successor (runs of nearby keys: counters, `next/2`
/// walks), and while every key is a small integer it compares raw words,
/// branch-free.
///
/// A `set`, `bag` or `duplicate_bag` is laid out as erl lays out its hash
/// tables (erl_db_hash.c), so that everything that walks one (`first` /
/// `next`, `tab2list`, `match`, `select`, `foldl`) sees erl's order:
///   - a key's slot is `etsKeyHash(Key) & Szm`, halved back into the
///     active slots when past them (linear hashing: 256 slots at first,
///     then 2048 more per segment);
///   - a new key joins the end of its slot's chain; replacing an object
///     keeps its place;
///   - after an insert that leaves more objects than active slots, one slot
///     splits (up to five times), keeping the order of both halves; after a
///     delete that leaves fewer objects than the shrink limit (set once
///     three segments exist), the last slot joins its buddy, its chain
///     first;
///   - a walk visits the slots in order, stepping by the table's lock
///     count (1, or 64 for a write_concurrency table) and then on to the
///     next residue;
///   - while the table is fixed (`safe_fixtable`, `setFixed`), it neither
///     grows nor shrinks, and an erased key stays as a tombstone, skipped by
///     walks and lookups, so that `next/2` from it goes on where it was and
///     inserting the key again puts it back in its place. Unfixing drops
///     the tombstones.
/// The index counts keys; the table tells it its object count after each
/// change (`grew`, `shrank`), since erl sizes by objects.
///
/// The interface is the part of `std::map`'s that the ETS functions use:
/// bidirectional iterators over `(Key, Objects)` pairs, `find`, `emplace`,
/// `erase`, `lower_bound` and `upper_bound`. Iterators are invalidated by
/// any insertion and by erasing their own entry; no caller keeps one across
/// a release of the table's lock.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_ETSINDEX_H
#define BEAMR_RUNTIME_ETSINDEX_H

#include "beamr/Term/Heap.h"
#include "beamr/Term/Term.h"

#include <atomic>
#include <cstdint>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace beamr::ets {

/// One stored object: a copy of the tuple outside every process heap,
/// its words right after this header. The header and words are either an
/// allocation of their own or the tail of a hashed index's entry for the
/// key (see ObjectIndex::Node), so that finding a key and reading its
/// object touch one block, as in erl's hash tables.
struct EtsObject {
  enum class Home : std::uint8_t {
    Own,       ///< Its own allocation, freed by destroy.
    Entry,     ///< In its entry's block, in use.
    EntryFree, ///< In its entry's block, destroyed: free for a later copy.
  };
  EtsObject *Next = nullptr; ///< The key's next object (bags), oldest first.
  Word *OffHeap = nullptr;   ///< The copy's refc binaries (ProcBin chain).
  /// The copy's words (`termSize`), or 0 when too many to record here.
  std::uint32_t Words = 0;
  Home Where = Home::Own;

  /// The stored tuple: its copy starts right after the header.
  Term obj() const {
    return Term::boxed(const_cast<Word *>(reinterpret_cast<const Word *>(this + 1)));
  }

  /// A copy of the tuple `T` in an allocation of its own; `Words` is
  /// `termSize(T)`, for callers that have it already.
  static EtsObject *create(Term T);
  static EtsObject *create(Term T, std::size_t Words);
  /// A copy of the tuple `T` (`Words == termSize(T)`) built at `Mem`,
  /// which has room for the header and the words.
  static EtsObject *createAt(void *Mem, Term T, std::size_t Words, Home Where);
  /// A copy of the object on `To` (one block move, no walk of the term).
  Term copyTo(TermAllocator &To) const;
  /// Releases the refc binaries and frees the object (or leaves its room
  /// in the entry free).
  static void destroy(EtsObject *O);
};

/// The objects stored under one key, oldest first: one for a set or
/// ordered_set, one or more for a bag. Owns them.
class Objects {
public:
  class iterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = EtsObject *;
    using difference_type = std::ptrdiff_t;
    using pointer = EtsObject **;
    using reference = EtsObject *;
    iterator() = default;
    explicit iterator(EtsObject *O) : O(O) {}
    EtsObject *operator*() const { return O; }
    iterator &operator++() {
      O = O->Next;
      return *this;
    }
    iterator operator++(int) {
      iterator Old = *this;
      O = O->Next;
      return Old;
    }
    bool operator==(const iterator &) const = default;

  private:
    EtsObject *O = nullptr;
  };

  Objects() = default;
  explicit Objects(EtsObject *O) : Head(O), Tail(O) {}
  Objects(Objects &&Other) noexcept : Head(Other.Head), Tail(Other.Tail) {
    Other.Head = Other.Tail = nullptr;
  }
  Objects &operator=(Objects &&Other) noexcept {
    std::swap(Head, Other.Head);
    std::swap(Tail, Other.Tail);
    return *this;
  }
  Objects(const Objects &) = delete;
  Objects &operator=(const Objects &) = delete;
  ~Objects() { clear(); }

  iterator begin() const { return iterator(Head); }
  iterator end() const { return iterator(); }
  bool empty() const { return Head == nullptr; }
  EtsObject *front() const { return Head; }
  std::size_t size() const;
  void push_back(EtsObject *O);
  /// Destroys the objects `Drop(O)` is true for; how many.
  template <typename Fn> std::size_t removeIf(Fn Drop) {
    std::size_t N = 0;
    Tail = nullptr;
    for (EtsObject **Link = &Head; *Link;) {
      EtsObject *O = *Link;
      if (Drop(O)) {
        *Link = O->Next;
        EtsObject::destroy(O);
        ++N;
      } else {
        Tail = O;
        Link = &O->Next;
      }
    }
    return N;
  }
  void clear() {
    removeIf([](EtsObject *) { return true; });
  }

private:
  EtsObject *Head = nullptr, *Tail = nullptr;
};

class ObjectIndex {
public:
  using value_type = std::pair<Term, Objects>;

private:
  struct TermLess {
    bool operator()(Term A, Term B) const;
  };
  /// Hashed: a key's entry, one block with room for one object after it
  /// (sized for the object it was made for).
  struct Node {
    Node *Next;
    std::uint32_t Hash;
    std::uint32_t RoomWords : 31; ///< The words the room has for a copy.
    std::uint32_t Deleted : 1;    ///< A tombstone of a fixed table (its objects kept).
    value_type KV;
    EtsObject *room() { return reinterpret_cast<EtsObject *>(this + 1); }
  };
  /// ordered_set: a run of at most `MaxChunk` entries in key order.
  using Chunk = std::vector<value_type>;

public:
  class iterator {
  public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = ObjectIndex::value_type;
    using difference_type = std::ptrdiff_t;
    using pointer = value_type *;
    using reference = value_type &;

    iterator() = default;
    reference operator*() const {
      return Owner->Ordered ? (*Owner->Chunks[Bucket])[Pos] : N->KV;
    }
    pointer operator->() const { return &**this; }
    iterator &operator++();
    iterator &operator--();
    iterator operator++(int) {
      iterator Old = *this;
      ++*this;
      return Old;
    }
    iterator operator--(int) {
      iterator Old = *this;
      --*this;
      return Old;
    }
    bool operator==(const iterator &O) const {
      return Owner->Ordered ? Bucket == O.Bucket && Pos == O.Pos : N == O.N;
    }

  private:
    friend class ObjectIndex;
    const ObjectIndex *Owner = nullptr;
    /// Hashed: N's bucket, the bucket count at end(). Ordered: the chunk,
    /// the chunk count at end().
    std::size_t Bucket = 0;
    std::size_t Pos = 0; ///< Ordered: the entry in its chunk.
    Node *N = nullptr;   ///< Hashed: null at end().
  };
  using reverse_iterator = std::reverse_iterator<iterator>;

  /// `Ordered`: term order (ordered_set); otherwise hashed, walked by
  /// `Locks` (erl's lock count for the table: 1, or 64 with fine locking).
  explicit ObjectIndex(bool Ordered, unsigned Locks = 1);
  ~ObjectIndex();
  ObjectIndex(const ObjectIndex &) = delete;
  ObjectIndex &operator=(const ObjectIndex &) = delete;

  iterator begin();
  iterator end();
  reverse_iterator rbegin() { return reverse_iterator(end()); }
  reverse_iterator rend() { return reverse_iterator(begin()); }
  bool empty() const { return size() == 0; }
  std::size_t size() const { return Count; }

  iterator find(Term Key);
  std::size_t count(Term Key) { return find(Key) == end() ? 0 : 1; }
  /// Where a walk goes on from `Key`: its entry, or (hashed) its tombstone;
  /// end() when it has neither. Incrementing a tombstone's iterator reaches
  /// the next live entry; nothing else may be done with it.
  iterator locate(Term Key);
  /// The first entry whose key is not before `Key` / is after `Key` (for
  /// the hashed kinds, where no order of keys exists: from `Key`'s entry,
  /// else from the slot after `Key`'s).
  iterator lower_bound(Term Key);
  iterator upper_bound(Term Key);
  /// Adds a copy of the tuple `Obj` as the only object of its key `Key`
  /// (`Obj`'s element `KeyPos`, 1-based), unless the key is there already
  /// (then nothing is copied); as std::map's emplace. A tombstone of `Key`
  /// comes back to life in its place. The entry's key is the copy's.
  std::pair<iterator, bool> emplaceCopy(Term Key, Term Obj, unsigned KeyPos);
  /// Removes the entry and destroys its objects (keeps a tombstone while
  /// fixed); the entry after it.
  iterator erase(iterator It);
  /// The same without finding the entry after it, which in a sparse hash
  /// table can mean walking many empty slots.
  void remove(iterator It);
  /// Removes every entry, as a fresh index.
  void clear();
  /// Where a replacement comes from. `Outside`: a process's term, which
  /// shares nothing with the table's copies, so they may go first and the
  /// new copy take their memory (the common insert over a key, with no
  /// allocation). `Stored`: built from a stored copy's parts (update_counter,
  /// update_element, select_replace), which must outlive the new copy.
  enum class Source { Outside, Stored };
  /// Gives the entry `It` a copy of `Obj` (whose element `KeyPos` equals
  /// its key) as its only object, in its place.
  void replaceCopy(iterator It, Term Obj, unsigned KeyPos, Source From);

  /// Hashed: after an insert / a delete that leaves the table `NObjects`
  /// objects, grows / shrinks as erl would. No-ops while fixed, and for
  /// an ordered_set.
  void grew(std::size_t NObjects);
  void shrank(std::size_t NObjects);
  /// Fixed while any process has the table fixed (`safe_fixtable`).
  void setFixed(bool On);

  // Hashed: slot by slot, for the chunked selects, which resume at a slot
  // as erl's do. Walks start at slot 0.
  static constexpr std::size_t NoSlot = ~std::size_t(0);
  std::size_t activeSlots() const { return Active; }
  /// The slot after `S` in walk order; NoSlot past the last.
  std::size_t nextSlot(std::size_t S) const;
  /// Calls `Visit(Key, Objs)` for each live entry of slot `S`, in chain order.
  template <typename Fn> void forEachInSlot(std::size_t S, Fn Visit) const {
    for (Node *N = Slots[S]; N; N = N->Next)
      if (!N->Deleted)
        Visit(N->KV.first, N->KV.second);
  }

private:
  /// Hashed: the first live entry from slot `S` on, in walk order.
  iterator fromSlot(std::size_t S) const;
  iterator at(std::size_t S, Node *N) const;
  /// The slot before `S` in walk order; NoSlot before the first.
  std::size_t prevSlot(std::size_t S) const;
  std::size_t lastSlot() const;
  std::size_t slotOf(std::uint32_t Hash) const;
  /// The node of `Key` in its slot, tombstone or not; null if none.
  Node *nodeOf(Term Key, std::uint32_t Hash, std::size_t Slot) const;
  /// A new node holding a copy of `Obj` in its room; and its release.
  static Node *newNode(std::uint32_t Hash, Term Obj, unsigned KeyPos);
  static void freeNode(Node *N);
  /// A copy of `Obj` (of `Words` words) for the node `N`: in its room when
  /// that is free and large enough, else in an allocation of its own.
  static EtsObject *copyFor(Node *N, Term Obj, std::size_t Words);
  static bool copyOver(EtsObject *Old, Node *N, Term Obj, std::size_t Words);
  void setKey(iterator It, Term Key);
  void growOne();
  void shrinkOne();
  void setShrinkLimit();
  void dropTombstones();
  /// Ordered: the entry at `Pos` of chunk `C`, or the next chunk's first
  /// when `Pos` is past C's end.
  iterator atChunk(std::size_t C, std::size_t Pos) const;
  /// Ordered: the first entry not before `Key` (after `Key`, for `After`).
  iterator seekSorted(Term Key, bool After) const;
  /// The first entry whose key `Before(Key)` is false for, `Before` being
  /// true for a prefix of the keys.
  template <typename BeforeFn> iterator seekWith(BeforeFn Before) const;

  bool Ordered;
  std::size_t Count = 0; ///< Live keys.
  /// ordered_set: a two-level sorted array. Every chunk is non-empty;
  /// LastKeys[I] is Chunks[I]'s last key, so a search touches one
  /// contiguous array of keys and then one chunk.
  std::vector<std::unique_ptr<Chunk>> Chunks;
  std::vector<Term> LastKeys;
  /// Ordered: the keys that are not small integers (while there are none,
  /// searches for a small key compare words).
  std::size_t OtherKeys = 0;
  /// Ordered: the chunk the last search ended in, tried first by the next.
  /// A const search writes it; every caller holds the table's lock, and
  /// the relaxed atomic (free on x86) keeps that from being load-bearing.
  mutable std::atomic<std::size_t> Finger{0};
  /// Hashed: every allocated slot (erl's nslots); the first `Active` are in
  /// use, addressed by the mask `Szm`.
  std::vector<Node *> Slots;
  std::size_t Active = 0, Szm = 0, ShrinkLimit = 0;
  unsigned Locks = 1;
  bool Fixed = false;
  bool HasTombstones = false;
};

} // namespace beamr::ets

#endif // BEAMR_RUNTIME_ETSINDEX_H
