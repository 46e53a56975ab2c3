//===- beamr/Term/Layout.h - Which payload words are terms ------*- C++ -*-===//
///
/// \file
/// The single description of which words of a boxed object hold terms and
/// which hold raw data (limbs, float bits, bytes, counts, native pointers).
/// The garbage collector, the deep copy for messages and any heap checker
/// walk objects through `forEachTermSlot`; nothing else in the project may
/// restate this knowledge. The switch has no `default:`, so adding a
/// `HeaderKind` breaks the build here until its payload is described.
///
/// Term slots by kind (payload word indexes, 0 = first word after the header):
///
///   Tuple          all Arity words
///   MatchState     word 0 (the binary being matched); the rest raw. Code
///                  keeping a byte pointer into that binary recomputes it
///                  from word 0 after a collection point.
///   Pos/NegBignum  none (limbs)
///   Float          none (IEEE bits)
///   Ref            none (IdCount, ids)
///   Fun            Module (0), Creator (7), the NumFree free variables
///                  (9 ..); Index, OldIndex, OldUniq, Uniq, Arity, NumFree
///                  are raw
///   Export         all three (M, F, A)
///   RefcBinary     none (ByteSize, NextOffHeap, Bytes)
///   HeapBinary     none (byte size, bytes)
///   SubBinary      Original (2); BitSize, BitOffset raw
///   ExternalPid    Node (0); Creation, Number, Serial raw
///   ExternalPort   Node (0); Creation, Number raw
///   ExternalRef    Node (0); Creation, IdCount, ids raw
///   FlatMap        Keys (1) and the values (2 ..); Size raw
///   HashMapHead    children (2 ..); Size, Bitmap raw
///   HashMapNode    children (1 ..); Bitmap raw
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_LAYOUT_H
#define BEAMR_TERM_LAYOUT_H

#include "beamr/Term/Term.h"

#include <cstddef>
#include <type_traits>

namespace beamr {

/// Words an object occupies, header included.
inline std::size_t objectWords(const Word *Object) {
  return 1 + std::size_t(headerArity(Object[0]));
}

/// Calls `Fn(Slot)` with a reference to every payload word of the boxed
/// object at `Object` (its header word) that holds a term. `WordT` is `Word`
/// or `const Word`, so readers and movers share this one description.
template <typename WordT, typename F> void forEachTermSlot(WordT *Object, F &&Fn) {
  static_assert(std::is_same_v<std::remove_const_t<WordT>, Word>, "a heap word");
  const Word Arity = headerArity(Object[0]);
  WordT *Payload = Object + 1;
  auto Range = [&](Word From, Word To) {
    for (Word I = From; I < To; ++I)
      Fn(Payload[I]);
  };
  switch (headerKind(Object[0])) {
  case HeaderKind::Tuple:
  case HeaderKind::Export:
    Range(0, Arity);
    return;
  case HeaderKind::MatchState:
  case HeaderKind::ExternalPid:
  case HeaderKind::ExternalPort:
  case HeaderKind::ExternalRef:
    Range(0, Arity < 1 ? Arity : 1);
    return;
  case HeaderKind::PosBignum:
  case HeaderKind::NegBignum:
  case HeaderKind::Float:
  case HeaderKind::Ref:
  case HeaderKind::RefcBinary:
  case HeaderKind::HeapBinary:
    return;
  case HeaderKind::Fun:
    Fn(Payload[offsetof(FunObject, Module) / sizeof(Word)]);
    Fn(Payload[offsetof(FunObject, Creator) / sizeof(Word)]);
    Range(FunObject::FixedWords, Arity);
    return;
  case HeaderKind::SubBinary:
    Fn(Payload[offsetof(SubBinary, Original) / sizeof(Word)]);
    return;
  case HeaderKind::FlatMap:
    Range(1, Arity);
    return;
  case HeaderKind::HashMapHead:
    Range(2, Arity);
    return;
  case HeaderKind::HashMapNode:
    Range(1, Arity);
    return;
  }
  assert(false && "header with an unknown kind");
}

} // namespace beamr

#endif // BEAMR_TERM_LAYOUT_H
