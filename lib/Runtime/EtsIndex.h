//===- lib/Runtime/EtsIndex.h - The key index of an ETS table ---*- C++ -*-===//
///
/// \file
/// Where an ETS table finds the objects of a key. An `ordered_set` keeps its
/// keys sorted in term order (`==`), as erl does. A `set`, `bag` or
/// `duplicate_bag` hashes its keys (`=:=`), as erl does, so that a lookup,
/// insert or delete costs one hash and a short chain walk, not a dozen term
/// comparisons.
///
/// Both kinds are walked in one total order: term order when sorted; for
/// the hash table, the order of (64-bit key hash, then `=:=` term order).
/// The hash table's buckets are indexed by the top bits of the hash and
/// each chain is kept sorted, so that bucket order is that order: growing
/// or shrinking the bucket array never reorders the table. `lower_bound` and
/// `upper_bound` therefore mean the same for both kinds, and so do
/// `ets:next/2` from a key that was deleted meanwhile and the chunked
/// selects, which resume after the last key they visited.
///
/// An `ordered_set` is a two-level sorted array rather than a node per key:
/// a search is a binary search over the chunks' last keys, then one within
/// a chunk of at most 64 entries, touching a few cache lines where a
/// red-black tree touches one per level.
///
/// The interface is the part of `std::map`'s that the ETS functions use:
/// bidirectional iterators over `(Key, Objects)` pairs, `find`, `emplace`,
/// `erase`, `lower_bound` and `upper_bound`. Iterators are invalidated by
/// any insertion and by erasing their own entry; no caller keeps one across
/// a release of the table's lock.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_ETSINDEX_H
#define BEAMR_RUNTIME_ETSINDEX_H

#include "beamr/Term/Term.h"

#include <cstdint>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace beamr::ets {

/// One stored object: a copy of the tuple outside every process heap, in
/// one allocation with this header (the copy's words follow it).
struct EtsObject {
  EtsObject *Next = nullptr; ///< The key's next object (bags), oldest first.
  Word *OffHeap = nullptr;   ///< The copy's refc binaries (ProcBin chain).
  Term Obj;

  static EtsObject *create(Term T);
  /// Releases the refc binaries and frees the object.
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
  explicit Objects(EtsObject *O) : Head(O) {}
  Objects(Objects &&Other) noexcept : Head(Other.Head) { Other.Head = nullptr; }
  Objects &operator=(Objects &&Other) noexcept {
    std::swap(Head, Other.Head);
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
    for (EtsObject **Link = &Head; *Link;) {
      EtsObject *O = *Link;
      if (Drop(O)) {
        *Link = O->Next;
        EtsObject::destroy(O);
        ++N;
      } else {
        Link = &O->Next;
      }
    }
    return N;
  }
  void clear() {
    removeIf([](EtsObject *) { return true; });
  }

private:
  EtsObject *Head = nullptr;
};

class ObjectIndex {
public:
  using value_type = std::pair<Term, Objects>;

private:
  struct TermLess {
    bool operator()(Term A, Term B) const;
  };
  struct Node {
    Node *Next;
    std::uint64_t Hash;
    value_type KV;
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

  /// `Ordered`: term order (ordered_set); otherwise hashed.
  explicit ObjectIndex(bool Ordered);
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
  /// The first entry whose key is not before `Key` / is after `Key`.
  iterator lower_bound(Term Key);
  iterator upper_bound(Term Key);
  /// Adds `Key` (which must live as long as the entry, inside one of its
  /// objects) with `Objs`, unless the key is there already; as std::map.
  std::pair<iterator, bool> emplace(Term Key, Objects Objs);
  /// Removes the entry and destroys its objects; the entry after it.
  iterator erase(iterator It);
  /// Removes every entry, as a fresh index.
  void clear();

private:
  /// The first entry at or after bucket `B`'s start.
  iterator fromBucket(std::size_t B) const;
  iterator at(std::size_t B, Node *N) const;
  /// Ordered: the entry at `Pos` of chunk `C`, or the next chunk's first
  /// when `Pos` is past C's end.
  iterator atChunk(std::size_t C, std::size_t Pos) const;
  /// Ordered: the first chunk whose last key is not before `Key` (after
  /// `Key`, for `After`), and the position in it of the first entry so.
  iterator seekSorted(Term Key, bool After) const;
  /// Where in bucket `B`'s chain a key of `Hash` goes: the link to the first
  /// node not before (Hash, Key).
  Node **seek(std::size_t B, std::uint64_t Hash, Term Key);
  std::size_t bucketOf(std::uint64_t Hash) const { return std::size_t(Hash >> Shift); }
  /// Rebuilds the buckets with 2^`Bits` of them, keeping every chain sorted.
  void resize(unsigned Bits);

  bool Ordered;
  std::size_t Count = 0;
  /// ordered_set: a two-level sorted array. Every chunk is non-empty;
  /// LastKeys[I] is Chunks[I]'s last key, so a search touches one
  /// contiguous array of keys and then one chunk.
  std::vector<std::unique_ptr<Chunk>> Chunks;
  std::vector<Term> LastKeys;
  std::vector<Node *> Buckets; ///< Hashed kinds: 2^(64 - Shift) chains.
  unsigned Shift = 0;
};

} // namespace beamr::ets

#endif // BEAMR_RUNTIME_ETSINDEX_H
