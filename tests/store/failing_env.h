#ifndef AMICUS_TESTS_STORE_FAILING_ENV_H_
#define AMICUS_TESTS_STORE_FAILING_ENV_H_

#include <atomic>
#include <memory>
#include <string>

#include "rocksdb/env.h"
#include "rocksdb/file_system.h"

namespace amicus::testing {

// The default file system, except that while failing() every write to a
// file RocksDB writes (WAL, tables, manifest) fails with an I/O error, as
// on a full disk. A public RocksDB API (FileSystemWrapper), passed to the
// writer as WriterOptions::env.
class FailingFileSystem : public rocksdb::FileSystemWrapper {
 public:
  FailingFileSystem() : FileSystemWrapper(rocksdb::FileSystem::Default()) {}

  const char* Name() const override { return "FailingFileSystem"; }

  void set_failing(bool failing) { failing_ = failing; }
  bool failing() const { return failing_; }

  rocksdb::IOStatus NewWritableFile(
      const std::string& name, const rocksdb::FileOptions& options,
      std::unique_ptr<rocksdb::FSWritableFile>* result,
      rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = target()->NewWritableFile(name, options, result, dbg);
    if (s.ok()) *result = std::make_unique<File>(std::move(*result), this);
    return s;
  }

 private:
  class File : public rocksdb::FSWritableFileOwnerWrapper {
   public:
    File(std::unique_ptr<rocksdb::FSWritableFile> file,
         const FailingFileSystem* fs)
        : FSWritableFileOwnerWrapper(std::move(file)), fs_(fs) {}

    rocksdb::IOStatus Append(const rocksdb::Slice& data,
                             const rocksdb::IOOptions& options,
                             rocksdb::IODebugContext* dbg) override {
      if (fs_->failing()) return Injected();
      return target()->Append(data, options, dbg);
    }
    rocksdb::IOStatus Append(const rocksdb::Slice& data,
                             const rocksdb::IOOptions& options,
                             const rocksdb::DataVerificationInfo& info,
                             rocksdb::IODebugContext* dbg) override {
      if (fs_->failing()) return Injected();
      return target()->Append(data, options, info, dbg);
    }
    rocksdb::IOStatus Flush(const rocksdb::IOOptions& options,
                            rocksdb::IODebugContext* dbg) override {
      if (fs_->failing()) return Injected();
      return target()->Flush(options, dbg);
    }
    rocksdb::IOStatus Sync(const rocksdb::IOOptions& options,
                           rocksdb::IODebugContext* dbg) override {
      if (fs_->failing()) return Injected();
      return target()->Sync(options, dbg);
    }
    rocksdb::IOStatus Fsync(const rocksdb::IOOptions& options,
                            rocksdb::IODebugContext* dbg) override {
      if (fs_->failing()) return Injected();
      return target()->Fsync(options, dbg);
    }

   private:
    static rocksdb::IOStatus Injected() {
      return rocksdb::IOStatus::IOError("injected write failure (disk full)");
    }
    const FailingFileSystem* fs_;
  };

  std::atomic<bool> failing_{false};
};

// An Env doing its file I/O through `fs`.
inline std::unique_ptr<rocksdb::Env> EnvOn(
    const std::shared_ptr<FailingFileSystem>& fs) {
  return rocksdb::NewCompositeEnv(fs);
}

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_STORE_FAILING_ENV_H_
