//===- beamr/Term/Term.h - The tagged term representation -------*- C++ -*-===//
///
/// \file
/// Every Erlang value is one 64-bit word, a `Term`. This header fixes how the
/// bits of that word are read, and it is the contract between the loader, the
/// interpreter, the JIT and the garbage collector: all of them see the same
/// words and none of them knows which tier made a value.
///
/// The two low bits are the *primary tag*:
///
///   00  Header    The first word of a boxed object on a heap. A header is
///                 never a term: no register, tuple slot or list cell ever
///                 holds a word tagged 00. Because of that a heap can be walked
///                 word by word (a 00 word starts an object, its arity says how
///                 many words to skip) and a boxed pointer is never confused
///                 with a cons pointer or with the payload of an object.
///   01  List      A pointer to a cons cell: two words, head then tail. Cons
///                 cells carry no header; both words are terms.
///   10  Boxed     A pointer to a header word. The header says what follows.
///   11  Immediate The value is in the word itself.
///
/// Pointers are 8-byte aligned, so the tag bits are free; untagging is a
/// subtraction (`Raw - Tag`), which address arithmetic folds away.
///
/// Immediates use two more bits (bits 2-3):
///
///   0011  local pid     bits 4..35 process number, 36..63 serial
///   0111  local port    bits 4..63 port number
///   1011  immediate-2   a second level of tags, below
///   1111  small integer a signed 60-bit integer in bits 4..63
///
/// Immediate-2 uses bits 4-5:
///
///   001011  atom        bits 6..63 index in the atom table
///   011011  catch       bits 6..63 index of a catch label (stack only)
///   111011  nil         `[]`; exactly the word 0x3B
///
/// A header word is `Arity << 8 | Kind << 2 | 00`: `Kind` (a `HeaderKind`,
/// six bits) says what the object is and `Arity` counts the words that follow
/// the header, so an object is always `1 + Arity` words. The payload layout of
/// each kind is documented next to its enumerator. Payload words are terms for
/// tuples, funs' free variables, export funs and maps, and raw data (limbs,
/// IEEE bits, bytes, native pointers) for the others; the garbage collector
/// learns which from the kind.
///
/// Integers that do not fit in 60 bits are bignums: sign in the kind, magnitude
/// as little-endian 64-bit limbs in GMP's `mpn` layout, never with a leading
/// zero limb and never small enough to be a small integer. Every integer thus
/// has exactly one representation, so `=:=` on integers is word or limb
/// equality.
///
/// Binaries have three shapes. A heap binary holds up to `HeapBinaryLimit`
/// bytes inline. A refc binary (`ProcBin`) points at reference-counted
/// off-heap bytes and is threaded on its heap's off-heap list so the owner can
/// release it. A sub binary names a bit range of a heap or refc binary; it is
/// the only shape whose size may not be a whole number of bytes, i.e. the only
/// bitstring that is not a binary.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_TERM_H
#define BEAMR_TERM_TERM_H

#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace beamr {

using Word = std::uint64_t;
using SWord = std::int64_t;

enum class PrimaryTag : unsigned { Header = 0, List = 1, Boxed = 2, Immediate = 3 };

/// What a header word announces. The value is the six-bit kind field.
enum class HeaderKind : unsigned {
  Tuple = 0,        ///< Arity element terms.
  MatchState = 1,   ///< Reserved for the binary-matching context.
  PosBignum = 2,    ///< Arity limbs, magnitude of a positive bignum.
  NegBignum = 3,    ///< Arity limbs, magnitude of a negative bignum.
  Ref = 4,          ///< Local reference: IdCount, then that many id words.
  Fun = 5,          ///< Closure, see `FunObject`.
  Float = 6,        ///< One word: the IEEE-754 bits of a double.
  Export = 7,       ///< Export fun `fun M:F/A`: three terms M, F, A.
  RefcBinary = 8,   ///< `ProcBin` payload.
  HeapBinary = 9,   ///< Byte size, then the bytes padded to whole words.
  SubBinary = 10,   ///< `SubBinary` payload.
  ExternalPid = 12, ///< Node, Creation, Number, Serial (see `ExternalIds`).
  ExternalPort = 13,///< Node, Creation, Number.
  ExternalRef = 14, ///< Node, Creation, IdCount, ids.
  FlatMap = 15,     ///< Size, a keys tuple term, then Size value terms.
  HashMapHead = 16, ///< Size, Bitmap, then the children of the root node.
  HashMapNode = 17, ///< Bitmap, then one child per set bit.
};

/// Number of bytes a heap binary may hold; longer ones live off the heap.
constexpr std::size_t HeapBinaryLimit = 64;

/// Largest number of keys a flat map holds; larger maps are hash maps.
constexpr std::size_t FlatMapLimit = 32;

constexpr Word makeHeader(HeaderKind Kind, Word Arity) {
  return Arity << 8 | Word(Kind) << 2;
}
constexpr bool isHeaderWord(Word W) { return (W & 3) == 0; }
constexpr HeaderKind headerKind(Word H) { return HeaderKind((H >> 2) & 0x3F); }
constexpr Word headerArity(Word H) { return H >> 8; }

/// One tagged word; trivially copyable, compared by identity with `==` only
/// where identity is equality (immediates). Use `compareTerms` and
/// `exactEqual` (Compare.h) for Erlang's order and equality.
class Term {
public:
  static constexpr SWord MinSmall = -(SWord(1) << 59);
  static constexpr SWord MaxSmall = (SWord(1) << 59) - 1;

  constexpr Term() : Raw(NilWord) {}
  static constexpr Term fromRaw(Word W) { return Term(W); }
  constexpr Word raw() const { return Raw; }
  constexpr PrimaryTag primary() const { return PrimaryTag(Raw & 3); }

  // Small integers.
  static constexpr bool fitsSmall(SWord V) { return V >= MinSmall && V <= MaxSmall; }
  static constexpr Term small(SWord V) {
    assert(fitsSmall(V) && "value does not fit a small integer");
    return Term((Word(V) << 4) | 0xF);
  }
  constexpr bool isSmall() const { return (Raw & 0xF) == 0xF; }
  constexpr SWord smallValue() const {
    assert(isSmall() && "not a small integer");
    return SWord(Raw) >> 4;
  }

  // Atoms and nil.
  static constexpr Term atom(std::uint32_t Index) { return Term((Word(Index) << 6) | 0x0B); }
  constexpr bool isAtom() const { return (Raw & 0x3F) == 0x0B; }
  constexpr std::uint32_t atomIndex() const {
    assert(isAtom() && "not an atom");
    return std::uint32_t(Raw >> 6);
  }
  static constexpr Term nil() { return Term(NilWord); }
  constexpr bool isNil() const { return Raw == NilWord; }
  static constexpr Term catchIndex(std::uint32_t Index) { return Term((Word(Index) << 6) | 0x1B); }
  constexpr bool isCatch() const { return (Raw & 0x3F) == 0x1B; }

  // Local pids and ports.
  static constexpr std::uint64_t MaxPidNumber = 0xFFFFFFFFu;
  static constexpr std::uint64_t MaxPidSerial = (1u << 28) - 1;
  static constexpr std::uint64_t MaxPortNumber = (Word(1) << 60) - 1;
  static constexpr Term localPid(std::uint64_t Number, std::uint64_t Serial) {
    assert(Number <= MaxPidNumber && Serial <= MaxPidSerial && "pid out of range");
    return Term((Serial << 36) | (Number << 4) | 0x3);
  }
  constexpr bool isLocalPid() const { return (Raw & 0xF) == 0x3; }
  constexpr std::uint64_t pidNumber() const { return (Raw >> 4) & 0xFFFFFFFFu; }
  constexpr std::uint64_t pidSerial() const { return Raw >> 36; }
  static constexpr Term localPort(std::uint64_t Number) {
    assert(Number <= MaxPortNumber && "port out of range");
    return Term((Number << 4) | 0x7);
  }
  constexpr bool isLocalPort() const { return (Raw & 0xF) == 0x7; }
  constexpr std::uint64_t portNumber() const { return Raw >> 4; }

  // Pointers.
  static Term cons(Word *Cell) { return Term(reinterpret_cast<Word>(Cell) | 1); }
  constexpr bool isCons() const { return primary() == PrimaryTag::List; }
  Word *consCell() const {
    assert(isCons() && "not a cons");
    return reinterpret_cast<Word *>(Raw - 1);
  }
  Term head() const { return Term(consCell()[0]); }
  Term tail() const { return Term(consCell()[1]); }
  static Term boxed(Word *Object) {
    assert(isHeaderWord(*Object) && "boxed pointer must point at a header");
    return Term(reinterpret_cast<Word>(Object) | 2);
  }
  constexpr bool isBoxed() const { return primary() == PrimaryTag::Boxed; }
  Word *boxedObject() const {
    assert(isBoxed() && "not boxed");
    return reinterpret_cast<Word *>(Raw - 2);
  }
  Word boxedHeader() const { return *boxedObject(); }
  bool isBoxedKind(HeaderKind K) const { return isBoxed() && headerKind(boxedHeader()) == K; }

  // Convenience predicates over boxed kinds.
  bool isTuple() const { return isBoxedKind(HeaderKind::Tuple); }
  Word tupleArity() const { return headerArity(boxedHeader()); }
  Term tupleElement(Word I) const {
    assert(I < tupleArity() && "tuple index out of range");
    return Term(boxedObject()[1 + I]);
  }
  bool isFloat() const { return isBoxedKind(HeaderKind::Float); }
  double floatValue() const {
    double D;
    std::memcpy(&D, boxedObject() + 1, sizeof D);
    return D;
  }
  bool isBignum() const {
    return isBoxed() && (headerKind(boxedHeader()) == HeaderKind::PosBignum ||
                         headerKind(boxedHeader()) == HeaderKind::NegBignum);
  }
  bool isInteger() const { return isSmall() || isBignum(); }
  bool isNumber() const { return isInteger() || isFloat(); }
  bool isBitstring() const {
    if (!isBoxed())
      return false;
    HeaderKind K = headerKind(boxedHeader());
    return K == HeaderKind::HeapBinary || K == HeaderKind::RefcBinary ||
           K == HeaderKind::SubBinary;
  }
  bool isMap() const {
    return isBoxedKind(HeaderKind::FlatMap) || isBoxedKind(HeaderKind::HashMapHead);
  }
  bool isList() const { return isNil() || isCons(); }

  constexpr bool operator==(Term O) const { return Raw == O.Raw; }
  constexpr bool operator!=(Term O) const { return Raw != O.Raw; }

private:
  static constexpr Word NilWord = 0x3B;
  constexpr explicit Term(Word W) : Raw(W) {}
  Word Raw;
};

static_assert(sizeof(Term) == sizeof(Word), "a term is one word");

/// Off-heap bytes shared by every refc binary that names them.
struct RefcBytes {
  std::atomic<std::uint64_t> RefCount;
  std::size_t Capacity; ///< Bytes allocated in `Data`.
  /// Bytes written so far. A binary whose `ProcBin::ByteSize` equals `Used`
  /// is the latest version and may be extended in place (the writable-binary
  /// append path, `appendToBinary`): an append claims the bytes after it
  /// with a compare-and-swap, so older versions, which never look past
  /// their own size, stay unchanged.
  std::atomic<std::size_t> Used;
  unsigned char Data[1];

  /// Allocates `Size` bytes (all counted as used) with room for `Capacity`,
  /// with a reference count of one. Returns null when memory is exhausted.
  static RefcBytes *create(std::size_t Size, std::size_t Capacity = 0);
  void retain() { RefCount.fetch_add(1, std::memory_order_relaxed); }
  /// Drops one reference and frees the bytes with the last one.
  void release();
};

/// Payload of a `RefcBinary` object (after the header word).
struct ProcBin {
  Word ByteSize;
  Word *NextOffHeap; ///< Next off-heap object of the owning heap, or null.
  RefcBytes *Bytes;
  static constexpr Word Arity = 3;
};

/// Payload of a `SubBinary` object: `BitSize` bits starting `BitOffset` bits
/// into the bytes of `Original`, a heap or refc binary.
struct SubBinary {
  Word BitSize;
  Word BitOffset;
  Word Original;
  static constexpr Word Arity = 3;
};

/// Payload of a `Fun` object (a closure). `NumFree` terms follow.
struct FunObject {
  Word Module;   ///< Atom of the defining module.
  Word Index;    ///< Index in the module's fun table.
  Word OldIndex; ///< Fun table index as written by older encodings.
  Word OldUniq;  ///< The 27-bit hash of older encodings.
  Word Uniq[2];  ///< The module's 16-byte MD5 fun identity.
  Word Arity;    ///< Arity of the fun as called.
  Word Creator;  ///< Pid term of the creating process.
  Word NumFree;
  static constexpr Word FixedWords = 9;
  Term freeVar(Word I) const {
    assert(I < NumFree && "free variable out of range");
    return Term::fromRaw(reinterpret_cast<const Word *>(this)[FixedWords + I]);
  }
};

} // namespace beamr

#endif // BEAMR_TERM_TERM_H
