//===- lib/Runtime/BifPrimBuffer.cpp - prim_buffer, the byte queue --------===//
///
/// \file
/// OTP's `prim_buffer`: a mutable queue of bytes with a try-lock, which
/// `raw_file_io_delayed` (files opened with `delayed_write`) and the socket
/// code keep their pending output in. erl's NIF module is reached through
/// external calls, so its exported functions are native here; a buffer is
/// named by a reference and lives until the program exits (beamr-jit has
/// no magic references yet).
///
/// Reading or skipping more than the buffer holds raises badarg, as erl.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"
#include "beamr/Runtime/ProcessTable.h"

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

using namespace beamr;

namespace {

struct ByteQueue {
  std::mutex Lock;
  std::string Bytes; ///< Unread bytes start at `Head`.
  std::size_t Head = 0;
  bool Locked = false; ///< try_lock/unlock's flag (not `Lock`).
  std::size_t size() const { return Bytes.size() - Head; }
  void consume(std::size_t N) {
    Head += N;
    if (Head == Bytes.size()) {
      Bytes.clear();
      Head = 0;
    }
  }
};

/// Every buffer by its reference; any thread (lookups share the lock, new/0
/// takes it exclusively). A buffer's bytes are guarded by its own Lock.
struct QueueRegistry {
  std::shared_mutex Lock;
  std::unordered_map<RefIds, std::shared_ptr<ByteQueue>, RefIdsHash> Queues;
  static QueueRegistry &get() {
    static QueueRegistry *R = new QueueRegistry;
    return *R;
  }
};

std::shared_ptr<ByteQueue> queueOf(Term Ref) {
  std::optional<RefIds> Ids = refIdsOf(Ref);
  if (!Ids)
    return nullptr;
  QueueRegistry &R = QueueRegistry::get();
  std::shared_lock<std::shared_mutex> G(R.Lock);
  auto It = R.Queues.find(*Ids);
  return It == R.Queues.end() ? nullptr : It->second;
}

/// Takes `Size` bytes off the front: a binary, or NoValue after badarg.
Term takeBytes(Process &P, Term Ref, Term Size) {
  std::shared_ptr<ByteQueue> Q = queueOf(Ref);
  if (!Q || !Size.isSmall() || Size.smallValue() < 0)
    return P.badarg();
  std::lock_guard<std::mutex> G(Q->Lock);
  std::size_t N = std::size_t(Size.smallValue());
  if (N > Q->size())
    return P.badarg();
  Term Bin = makeBinaryTerm(P, std::string_view(Q->Bytes).substr(Q->Head, N));
  Q->consume(N);
  return Bin;
}

} // namespace

namespace beamr::bifs {

Term prim_buffer_new_0(Process &P, const Term *) {
  RefIds Ids = nextRefIds();
  QueueRegistry &R = QueueRegistry::get();
  {
    std::unique_lock<std::shared_mutex> G(R.Lock);
    R.Queues[Ids] = std::make_shared<ByteQueue>();
  }
  return makeLocalRef(P, Ids);
}

Term prim_buffer_size_1(Process &P, const Term *Args) {
  std::shared_ptr<ByteQueue> Q = queueOf(Args[0]);
  if (!Q)
    return P.badarg();
  std::lock_guard<std::mutex> G(Q->Lock);
  return makeUnsigned(P, Q->size());
}

Term prim_buffer_read_2(Process &P, const Term *Args) { return takeBytes(P, Args[0], Args[1]); }

Term prim_buffer_read_iovec_2(Process &P, const Term *Args) {
  Term Bin = takeBytes(P, Args[0], Args[1]);
  return Bin == NoValue ? NoValue : makeCons(P, Bin, Term::nil());
}

Term prim_buffer_write_2(Process &P, const Term *Args) {
  std::shared_ptr<ByteQueue> Q = queueOf(Args[0]);
  std::string Bytes;
  if (!Q || !appendIolist(Bytes, Args[1]))
    return P.badarg();
  std::lock_guard<std::mutex> G(Q->Lock);
  Q->Bytes += Bytes;
  return atomTerm(atoms::Ok);
}

Term prim_buffer_skip_2(Process &P, const Term *Args) {
  return takeBytes(P, Args[0], Args[1]) == NoValue ? NoValue : atomTerm(atoms::Ok);
}

Term prim_buffer_wipe_1(Process &P, const Term *Args) {
  std::shared_ptr<ByteQueue> Q = queueOf(Args[0]);
  if (!Q)
    return P.badarg();
  std::lock_guard<std::mutex> G(Q->Lock);
  Q->consume(Q->size());
  return atomTerm(atoms::Ok);
}

/// find_byte_index/2: `{ok, Index}` of the first `Needle` byte, or not_found.
Term prim_buffer_find_byte_index_2(Process &P, const Term *Args) {
  std::shared_ptr<ByteQueue> Q = queueOf(Args[0]);
  Term Needle = Args[1];
  if (!Q || !Needle.isSmall() || Needle.smallValue() < 0 || Needle.smallValue() > 255)
    return P.badarg();
  std::lock_guard<std::mutex> G(Q->Lock);
  std::size_t At = Q->Bytes.find(char(Needle.smallValue()), Q->Head);
  if (At == std::string::npos)
    return internAtom("not_found");
  return makeTuple2(P, atomTerm(atoms::Ok), makeUnsigned(P, At - Q->Head));
}

Term prim_buffer_try_lock_1(Process &P, const Term *Args) {
  std::shared_ptr<ByteQueue> Q = queueOf(Args[0]);
  if (!Q)
    return P.badarg();
  std::lock_guard<std::mutex> G(Q->Lock);
  if (Q->Locked)
    return internAtom("busy");
  Q->Locked = true;
  return internAtom("acquired");
}

Term prim_buffer_unlock_1(Process &P, const Term *Args) {
  std::shared_ptr<ByteQueue> Q = queueOf(Args[0]);
  if (!Q)
    return P.badarg();
  std::lock_guard<std::mutex> G(Q->Lock);
  Q->Locked = false;
  return atomTerm(atoms::Ok);
}

} // namespace beamr::bifs
