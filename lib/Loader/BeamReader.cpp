//===- lib/Loader/BeamReader.cpp - The IFF container and small tables -----===//
///
/// \file
/// Splits a `.beam` image into its chunks (an IFF form: "FOR1", the form
/// size, "BEAM", then 4-byte aligned chunks of id, size and data), parses the
/// small tables (atoms, imports, exports, locals, lambdas, attributes) and
/// drives the other chunk parsers in dependency order: atoms first, then the
/// code header (for the label count), the tables, and the code last, since
/// decoding it checks indices into everything else.
//===----------------------------------------------------------------------===//

#include "beamr/Loader/BeamReader.h"
#include "ChunkReader.h"

#include "beamr/Loader/CompactTerm.h"
#include "beamr/Support/Md5.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/ExternalTerm.h"

#include "llvm/Support/MemoryBuffer.h"

#include <optional>

using namespace beamr;

namespace {

/// The chunks the loader reads; every other chunk is skipped.
struct ChunkSet {
  std::optional<Bytes> AtU8, Atom, Code, StrT, ImpT, ExpT, LocT, FunT, LitT, Line, Attr, CInf, Type,
      Meta;

  std::optional<Bytes> *slot(llvm::StringRef Id) {
    std::pair<const char *, std::optional<Bytes> *> Known[] = {
        {"AtU8", &AtU8}, {"Atom", &Atom}, {"Code", &Code}, {"StrT", &StrT}, {"ImpT", &ImpT},
        {"ExpT", &ExpT}, {"LocT", &LocT}, {"FunT", &FunT}, {"LitT", &LitT}, {"Line", &Line},
        {"Attr", &Attr}, {"CInf", &CInf}, {"Type", &Type}, {"Meta", &Meta}};
    for (auto &[Name, Slot] : Known)
      if (Id == Name)
        return Slot;
    return nullptr;
  }
};

llvm::StringRef idOf(std::span<const unsigned char> Four) {
  return llvm::StringRef(reinterpret_cast<const char *>(Four.data()), 4);
}

/// Checks the FOR1/BEAM header and returns the bytes of the chunks.
llvm::Expected<Bytes> readFormHeader(Bytes File) {
  ByteReader R(std::span<const unsigned char>(File.data(), File.size()));
  std::span<const unsigned char> Magic;
  std::uint32_t FormSize = 0;
  if (!R.readBytes(4, Magic) || idOf(Magic) != "FOR1" || !R.readU32(FormSize))
    return makeLoadError(LoadErrorKind::NotIff);
  if (FormSize < 4 || FormSize > R.remaining())
    return makeLoadError(LoadErrorKind::BadFormSize, "form says " + llvm::Twine(FormSize) +
                                                         " bytes, file has " +
                                                         llvm::Twine(R.remaining()));
  std::span<const unsigned char> Type;
  R.readBytes(4, Type);
  if (idOf(Type) != "BEAM")
    return makeLoadError(LoadErrorKind::NotBeam);
  return File.slice(12, FormSize - 4);
}

llvm::Error splitChunks(Bytes Form, ChunkSet &Chunks) {
  ByteReader R(std::span<const unsigned char>(Form.data(), Form.size()));
  while (!R.atEnd()) {
    std::size_t Offset = R.offset() + 12;
    std::span<const unsigned char> Id;
    std::uint32_t Size = 0;
    if (!R.readBytes(4, Id) || !R.readU32(Size))
      return makeLoadError(LoadErrorKind::TruncatedChunkHeader, "at offset " + llvm::Twine(Offset));
    std::uint64_t Padded = (std::uint64_t(Size) + 3) & ~std::uint64_t(3);
    llvm::StringRef Name = idOf(Id);
    if (Padded > R.remaining())
      return makeLoadError(LoadErrorKind::ChunkOverrun, "'" + Name + "' needs " +
                                                            llvm::Twine(Padded) + " bytes, " +
                                                            llvm::Twine(R.remaining()) + " left");
    Bytes Data = Form.slice(R.offset(), Size);
    R.skip(Padded);
    std::optional<Bytes> *Slot = Chunks.slot(Name);
    if (!Slot)
      continue;
    if (*Slot)
      return makeLoadError(LoadErrorKind::DuplicateChunk, "'" + Name + "'");
    *Slot = Data;
  }
  return llvm::Error::success();
}

llvm::Error missing(const char *Name) {
  return makeLoadError(LoadErrorKind::MissingChunk, llvm::Twine("'") + Name + "'");
}

/// Reads one atom's length: a byte, or (OTP 28 form) a compact number.
llvm::Error readAtomLength(ChunkReader &C, bool Compact, std::uint64_t &Length) {
  if (Compact) {
    auto L = readCompactUnsigned(C.bytes(), "atom length");
    if (!L)
      return C.fail(LoadErrorKind::BadAtom, llvm::toString(L.takeError()));
    Length = *L;
    return llvm::Error::success();
  }
  std::uint8_t L = 0;
  if (!C.bytes().readU8(L))
    return C.truncated("atom length");
  Length = L;
  return llvm::Error::success();
}

llvm::Error readTables(BeamModule &M, ChunkSet &Chunks) {
  if (auto E = readImportChunk(M, *Chunks.ImpT))
    return E;
  if (auto E = readFunctionTable(M, *Chunks.ExpT, "ExpT", M.Exports))
    return E;
  if (Chunks.LocT)
    if (auto E = readFunctionTable(M, *Chunks.LocT, "LocT", M.Locals))
      return E;
  if (Chunks.FunT)
    if (auto E = readLambdaChunk(M, *Chunks.FunT))
      return E;
  if (Chunks.LitT)
    if (auto E = readLiteralChunk(M, *Chunks.LitT))
      return E;
  if (Chunks.Line)
    if (auto E = readLineChunk(M, *Chunks.Line))
      return E;
  if (Chunks.Type)
    if (auto E = readTypeChunk(M, *Chunks.Type))
      return E;
  if (Chunks.StrT)
    M.Strings.assign(Chunks.StrT->begin(), Chunks.StrT->end());
  if (Chunks.Attr)
    if (auto E = readTermChunk(M, *Chunks.Attr, "Attr", M.Attributes))
      return E;
  if (Chunks.CInf)
    if (auto E = readTermChunk(M, *Chunks.CInf, "CInf", M.CompileInfo))
      return E;
  if (Chunks.Meta)
    if (auto E = readTermChunk(M, *Chunks.Meta, "Meta", M.Meta))
      return E;
  return llvm::Error::success();
}

/// erl's checksum of a module (see BeamModule::Md5): the chunks in this
/// order, the lambda table with each entry's OldUniq (its last 4 of 24
/// bytes) hashed as zeros, since erl derives OldUniq with an
/// endian-dependent hash.
std::array<unsigned char, 16> moduleChecksum(const ChunkSet &Chunks) {
  Md5 H;
  auto Add = [&H](Bytes B) { H.update(std::string_view(reinterpret_cast<const char *>(B.data()), B.size())); };
  for (const std::optional<Bytes> *C :
       {Chunks.AtU8 ? &Chunks.AtU8 : &Chunks.Atom, &Chunks.Code, &Chunks.StrT, &Chunks.ImpT, &Chunks.ExpT})
    if (*C)
      Add(**C);
  if (Chunks.FunT && Chunks.FunT->size() >= 4) {
    Bytes F = *Chunks.FunT;
    Add(F.take_front(4));
    static const unsigned char Zero[4] = {};
    for (F = F.drop_front(4); F.size() >= 24; F = F.drop_front(24)) {
      Add(F.take_front(20));
      Add(Bytes(Zero, 4));
    }
  }
  for (const std::optional<Bytes> *C : {&Chunks.LitT, &Chunks.Meta})
    if (*C)
      Add(**C);
  std::string Digest = H.final();
  std::array<unsigned char, 16> Out;
  std::copy(Digest.begin(), Digest.end(), Out.begin());
  return Out;
}

} // namespace

llvm::Error beamr::readAtomChunk(BeamModule &M, Bytes Data, bool Utf8) {
  ChunkReader C(Utf8 ? "AtU8" : "Atom", Data);
  std::uint32_t Raw = 0;
  if (auto E = C.readU32(Raw, "atom count"))
    return E;
  // OTP 28 writes a negated count to say lengths are compact numbers.
  bool Compact = std::int32_t(Raw) < 0;
  std::uint64_t Count = Compact ? std::uint64_t(-std::int64_t(std::int32_t(Raw))) : Raw;
  if (Count == 0 || Count > C.bytes().remaining())
    return C.fail(LoadErrorKind::BadCount, "atom count " + llvm::Twine(Count) +
                                               " does not fit in the " +
                                               llvm::Twine(C.bytes().remaining()) + " bytes left");
  M.Atoms.reserve(Count);
  for (std::uint64_t I = 0; I < Count; ++I) {
    std::uint64_t Length = 0;
    if (auto E = readAtomLength(C, Compact, Length))
      return E;
    std::string_view Text;
    if (!C.bytes().readString(Length, Text))
      return C.truncated("atom text");
    auto A = Utf8 ? AtomTable::get().intern(Text) : AtomTable::get().internLatin1(Text);
    if (!A)
      return C.fail(LoadErrorKind::BadAtom, "atom " + llvm::Twine(I + 1));
    M.Atoms.push_back(*A);
  }
  return llvm::Error::success();
}

llvm::Error beamr::readCodeHeader(BeamModule &M, Bytes Data, Bytes &Body) {
  ChunkReader C("Code", Data);
  std::uint32_t HeaderSize = 0;
  if (auto E = C.readU32(HeaderSize, "header size"))
    return E;
  if (HeaderSize < 16 || HeaderSize > C.bytes().remaining())
    return C.fail(LoadErrorKind::BadCodeHeader, "header size " + llvm::Twine(HeaderSize) +
                                                    " is not in 16.." +
                                                    llvm::Twine(C.bytes().remaining()));
  if (auto E = C.readU32(M.FormatNumber, "format number"))
    return E;
  if (M.FormatNumber != 0)
    return C.fail(LoadErrorKind::UnsupportedFormat,
                  "version " + llvm::Twine(M.FormatNumber) + ", expected 0");
  if (auto E = C.readU32(M.MaxOpcode, "max opcode"))
    return E;
  if (M.MaxOpcode > MaxKnownOpcode)
    return C.fail(LoadErrorKind::MaxOpcodeTooHigh,
                  llvm::Twine(M.MaxOpcode) + " > " + llvm::Twine(MaxKnownOpcode));
  if (auto E = C.readU32(M.LabelCount, "label count"))
    return E;
  if (auto E = C.readU32(M.FunctionCount, "function count"))
    return E;
  Body = Data.drop_front(4 + HeaderSize);
  // Every label and function takes at least one byte of code.
  if (M.LabelCount > Body.size() + 1 || M.FunctionCount > Body.size())
    return C.fail(LoadErrorKind::BadCount,
                  llvm::Twine(M.LabelCount) + " labels and " + llvm::Twine(M.FunctionCount) +
                      " functions cannot fit in " + llvm::Twine(Body.size()) + " bytes");
  return llvm::Error::success();
}

llvm::Error beamr::readImportChunk(BeamModule &M, Bytes Data) {
  ChunkReader C("ImpT", Data);
  std::uint32_t Count = 0;
  if (auto E = C.readCount(Count, 12, "import count"))
    return E;
  M.Imports.resize(Count);
  for (Import &I : M.Imports) {
    if (auto E = C.readAtom(M, I.Module, "module atom"))
      return E;
    if (auto E = C.readAtom(M, I.Function, "function atom"))
      return E;
    if (auto E = C.readArity(I.Arity, "arity"))
      return E;
  }
  return llvm::Error::success();
}

llvm::Error beamr::readFunctionTable(BeamModule &M, Bytes Data, llvm::StringRef Name,
                                     std::vector<FunctionRef> &Out) {
  ChunkReader C(Name, Data);
  std::uint32_t Count = 0;
  if (auto E = C.readCount(Count, 12, "entry count"))
    return E;
  Out.resize(Count);
  for (FunctionRef &F : Out) {
    if (auto E = C.readAtom(M, F.Function, "function atom"))
      return E;
    if (auto E = C.readArity(F.Arity, "arity"))
      return E;
    if (auto E = C.readU32(F.Label, "label"))
      return E;
    if (F.Label == 0 || F.Label >= M.LabelCount)
      return C.fail(LoadErrorKind::LabelOutOfRange,
                    llvm::Twine(F.Label) + " is not in 1.." + llvm::Twine(M.LabelCount) + "-1");
  }
  return llvm::Error::success();
}

llvm::Error beamr::readLambdaChunk(BeamModule &M, Bytes Data) {
  ChunkReader C("FunT", Data);
  std::uint32_t Count = 0;
  if (auto E = C.readCount(Count, 24, "lambda count"))
    return E;
  M.Lambdas.resize(Count);
  for (Lambda &L : M.Lambdas) {
    if (auto E = C.readAtom(M, L.Function, "function atom"))
      return E;
    if (auto E = C.readArity(L.Arity, "arity"))
      return E;
    if (auto E = C.readU32(L.Label, "label"))
      return E;
    if (L.Label == 0 || L.Label >= M.LabelCount)
      return C.fail(LoadErrorKind::LabelOutOfRange,
                    llvm::Twine(L.Label) + " is not in 1.." + llvm::Twine(M.LabelCount) + "-1");
    if (auto E = C.readU32(L.Index, "index"))
      return E;
    if (auto E = C.readU32(L.NumFree, "free variable count"))
      return E;
    if (L.NumFree > L.Arity)
      return C.fail(LoadErrorKind::BadArity, llvm::Twine(L.NumFree) +
                                                 " free variables exceed arity " +
                                                 llvm::Twine(L.Arity));
    if (auto E = C.readU32(L.OldUniq, "old uniq"))
      return E;
  }
  return llvm::Error::success();
}

llvm::Error beamr::readTermChunk(BeamModule &M, Bytes Data, llvm::StringRef Name,
                                 std::optional<Term> &Out) {
  Out = decodeExternal(M.arena(), std::span<const unsigned char>(Data.data(), Data.size()));
  if (!Out)
    return makeLoadError(LoadErrorKind::BadExternalTerm, "'" + Name + "' chunk");
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<BeamModule>>
beamr::readBeamModule(llvm::ArrayRef<unsigned char> File) {
  auto Form = readFormHeader(File);
  if (!Form)
    return Form.takeError();
  ChunkSet Chunks;
  if (auto E = splitChunks(*Form, Chunks))
    return E;
  if (!Chunks.AtU8 && !Chunks.Atom)
    return missing("AtU8");
  if (!Chunks.Code)
    return missing("Code");
  if (!Chunks.ImpT)
    return missing("ImpT");
  if (!Chunks.ExpT)
    return missing("ExpT");

  auto M = std::make_unique<BeamModule>();
  bool Utf8 = Chunks.AtU8.has_value();
  if (auto E = readAtomChunk(*M, Utf8 ? *Chunks.AtU8 : *Chunks.Atom, Utf8))
    return E;
  Bytes Body;
  if (auto E = readCodeHeader(*M, *Chunks.Code, Body))
    return E;
  if (auto E = readTables(*M, Chunks))
    return E;
  if (auto E = readCode(*M, Body))
    return E;
  M->Md5 = moduleChecksum(Chunks);
  return M;
}

llvm::Expected<std::unique_ptr<BeamModule>> beamr::readBeamFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), Buffer.getError().message());
  llvm::StringRef Data = (*Buffer)->getBuffer();
  return readBeamModule(llvm::ArrayRef<unsigned char>(
      reinterpret_cast<const unsigned char *>(Data.data()), Data.size()));
}
