//===- beamr/Term/Atom.h - The atom table -----------------------*- C++ -*-===//
///
/// \file
/// One process-wide table maps atom text (UTF-8) to an index and back; every
/// thread may use it. Lookups by index are lock-free, lookups by text take a
/// shared (reader) lock, and adding an atom takes the exclusive one. The limits are erl's:
/// 1,048,576 atoms and 255 characters per atom.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_ATOM_H
#define BEAMR_TERM_ATOM_H

#include "beamr/Term/Term.h"

#include <optional>
#include <string_view>

namespace beamr {

/// The atoms of Atoms.def, with their fixed indices.
namespace atoms {
enum AtomId : std::uint32_t {
#define BEAMR_ATOM(Id, Text) Id,
#include "beamr/Term/Atoms.def"
  NumPredefined
};
} // namespace atoms

inline Term atomTerm(atoms::AtomId Id) { return Term::atom(Id); }
inline Term boolTerm(bool B) { return atomTerm(B ? atoms::True : atoms::False); }

class AtomTable {
public:
  static constexpr std::size_t MaxAtoms = 1024 * 1024;
  static constexpr std::size_t MaxCharacters = 255;

  /// The table of this process.
  static AtomTable &get();

  /// Returns the atom for UTF-8 `Text`, adding it if new. Returns nothing if
  /// `Text` is not valid UTF-8, has more than 255 characters, or the table is
  /// full (erl raises `system_limit` for the last two).
  std::optional<Term> intern(std::string_view Text);
  /// Like `intern` for Latin-1 text (as in `ATOM_EXT`).
  std::optional<Term> internLatin1(std::string_view Text);
  /// Returns the atom if it already exists.
  std::optional<Term> lookup(std::string_view Text) const;
  /// The UTF-8 text of an existing atom.
  std::string_view name(Term Atom) const;
  std::size_t size() const;

private:
  AtomTable();
  struct Impl;
  Impl *I;
};

/// Number of Unicode code points in valid UTF-8 `Text`, or nothing if it is
/// not valid UTF-8.
std::optional<std::size_t> countUtf8Characters(std::string_view Text);

} // namespace beamr

#endif // BEAMR_TERM_ATOM_H
