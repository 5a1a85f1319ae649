#include "dermasim/io/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace dermasim::io {

namespace {

void remove_quietly(const std::filesystem::path& p) {
  std::error_code ec;
  std::filesystem::remove(p, ec);
}

/// Renames `tmp` to `path`; removes `tmp` if that fails.
void rename_into_place(const std::filesystem::path& tmp, const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    remove_quietly(tmp);
    throw std::runtime_error(
        fmt::format("cannot move {} into place: {}", path.string(), ec.message()));
  }
}

}  // namespace

std::filesystem::path temporary_path_for(const std::filesystem::path& path) {
  return path.parent_path() / fmt::format(".{}.tmp.{}", path.filename().string(), ::getpid());
}

void write_file_atomic(const std::filesystem::path& path, std::string_view content) {
  const std::filesystem::path tmp = temporary_path_for(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    throw std::runtime_error(
        fmt::format("cannot write {}: {}", tmp.string(), std::strerror(errno)));
  auto fail = [&](const char* what) {
    const std::string reason = std::strerror(errno);
    ::close(fd);
    remove_quietly(tmp);
    throw std::runtime_error(fmt::format("{} {} failed: {}", what, path.string(), reason));
  };
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("writing");
    }
    done += static_cast<std::size_t>(n);
  }
  // On disk before it takes the final name: a crash leaves the old file or the new, never half.
  if (::fsync(fd) != 0) fail("syncing");
  if (::close(fd) != 0) {
    remove_quietly(tmp);
    throw std::runtime_error(fmt::format("closing {} failed", path.string()));
  }
  rename_into_place(tmp, path);
}

void move_into_place(const std::filesystem::path& tmp, const std::filesystem::path& path) {
  // The same guarantee as write_file_atomic: the content is on disk before the name points at it.
  const int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    remove_quietly(tmp);
    throw std::runtime_error(fmt::format("syncing {} failed: {}", path.string(), reason));
  }
  ::close(fd);
  rename_into_place(tmp, path);
}

}  // namespace dermasim::io
