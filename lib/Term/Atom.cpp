//===- lib/Term/Atom.cpp - The atom table ---------------------------------===//
///
/// \file
/// Atom names live in chunks that are never moved or freed, so `name()` reads
/// them without a lock while other threads intern. The text-to-index map is
/// read under a shared lock (any thread: list_to_atom, binary_to_atom, the
/// loader, the external format decoder all look up far more than they add)
/// and written under the exclusive one.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Atom.h"

#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

using namespace beamr;

namespace {
constexpr std::size_t ChunkBits = 12;
constexpr std::size_t ChunkSize = std::size_t(1) << ChunkBits;
constexpr std::size_t NumChunks = AtomTable::MaxAtoms / ChunkSize;
} // namespace

struct AtomTable::Impl {
  /// Guards `Index`; `Chunks` and `Count` are written under it too, but read
  /// without it (atomics; a slot is filled before `Count` publishes it).
  mutable std::shared_mutex Lock;
  std::unordered_map<std::string_view, std::uint32_t> Index;
  std::atomic<std::string_view *> Chunks[NumChunks] = {};
  std::atomic<std::size_t> Count{0};

  std::string_view &slot(std::size_t I) const {
    return Chunks[I >> ChunkBits].load(std::memory_order_acquire)[I & (ChunkSize - 1)];
  }
  std::optional<Term> add(std::string_view Text);
};

std::optional<Term> AtomTable::Impl::add(std::string_view Text) {
  std::unique_lock<std::shared_mutex> G(Lock);
  if (auto It = Index.find(Text); It != Index.end())
    return Term::atom(It->second);
  std::size_t N = Count.load(std::memory_order_relaxed);
  if (N >= MaxAtoms)
    return std::nullopt;
  if (!Chunks[N >> ChunkBits].load(std::memory_order_relaxed))
    Chunks[N >> ChunkBits].store(new std::string_view[ChunkSize], std::memory_order_release);
  // Names are never freed: atoms are never collected, as in erl.
  char *Copy = new char[Text.size() + 1];
  std::memcpy(Copy, Text.data(), Text.size());
  Copy[Text.size()] = 0;
  std::string_view Stored(Copy, Text.size());
  slot(N) = Stored;
  Index.emplace(Stored, std::uint32_t(N));
  Count.store(N + 1, std::memory_order_release);
  return Term::atom(std::uint32_t(N));
}

AtomTable::AtomTable() : I(new Impl) {
  static const char *const Predefined[] = {
#define BEAMR_ATOM(Id, Text) Text,
#include "beamr/Term/Atoms.def"
  };
  for (const char *Text : Predefined)
    I->add(Text);
}

AtomTable &AtomTable::get() {
  static AtomTable Table;
  return Table;
}

std::optional<std::size_t> beamr::countUtf8Characters(std::string_view Text) {
  std::size_t Chars = 0;
  for (std::size_t P = 0; P < Text.size(); ++Chars) {
    unsigned char C = Text[P];
    std::size_t Len = C < 0x80 ? 1 : (C >> 5) == 6 ? 2 : (C >> 4) == 14 ? 3 : (C >> 3) == 30 ? 4 : 0;
    if (Len == 0 || P + Len > Text.size())
      return std::nullopt;
    std::uint32_t CP = Len == 1 ? C : C & (0x7F >> Len);
    for (std::size_t K = 1; K < Len; ++K) {
      unsigned char Cont = Text[P + K];
      if ((Cont & 0xC0) != 0x80)
        return std::nullopt;
      CP = CP << 6 | (Cont & 0x3F);
    }
    static constexpr std::uint32_t MinForLen[] = {0, 0, 0x80, 0x800, 0x10000};
    if (CP < MinForLen[Len] || CP > 0x10FFFF || (CP >= 0xD800 && CP <= 0xDFFF))
      return std::nullopt;
    P += Len;
  }
  return Chars;
}

std::optional<Term> AtomTable::intern(std::string_view Text) {
  std::optional<std::size_t> Chars = countUtf8Characters(Text);
  if (!Chars || *Chars > MaxCharacters)
    return std::nullopt;
  if (auto Found = lookup(Text))
    return Found;
  return I->add(Text);
}

std::optional<Term> AtomTable::internLatin1(std::string_view Text) {
  if (Text.size() > MaxCharacters)
    return std::nullopt;
  std::string Utf8;
  Utf8.reserve(Text.size() * 2);
  for (unsigned char C : Text) {
    if (C < 0x80) {
      Utf8 += char(C);
    } else {
      Utf8 += char(0xC0 | (C >> 6));
      Utf8 += char(0x80 | (C & 0x3F));
    }
  }
  return intern(Utf8);
}

std::optional<Term> AtomTable::lookup(std::string_view Text) const {
  std::shared_lock<std::shared_mutex> G(I->Lock);
  if (auto It = I->Index.find(Text); It != I->Index.end())
    return Term::atom(It->second);
  return std::nullopt;
}

std::string_view AtomTable::name(Term Atom) const {
  assert(Atom.atomIndex() < size() && "atom index out of range");
  return I->slot(Atom.atomIndex());
}

std::size_t AtomTable::size() const { return I->Count.load(std::memory_order_acquire); }
