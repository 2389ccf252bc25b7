// The pipeline runs three kinds of work at once: one reader thread pulls
// documents from the sources, N workers analyse them, and the calling thread
// hands results to the sink strictly in input order. Documents in flight are
// bounded by count and by bytes, so a slow sink or one huge document never
// lets memory grow with the input.
#include "dateline/pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace dateline {
namespace {

using Clock = std::chrono::steady_clock;

struct Job {
  uint64_t seq = 0;
  Result<RawDocument> doc = Error{};
  uint64_t size = 0;
};

// Shared state between the reader, the workers and the emitting thread.
class Flow {
 public:
  Flow(size_t max_jobs, uint64_t max_bytes) : max_jobs_(max_jobs), max_bytes_(max_bytes) {}

  // Reader: blocks until there is room, then queues the job.
  void Push(Job job) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return inflight_ == 0 || (inflight_ < max_jobs_ && bytes_ + job.size <= max_bytes_); });
    ++inflight_;
    bytes_ += job.size;
    ++pushed_;
    work_.push_back(std::move(job));
    work_ready_.notify_one();
  }

  void CloseInput() {
    std::lock_guard lock(mu_);
    input_done_ = true;
    work_ready_.notify_all();
    done_ready_.notify_all();
  }

  // Worker: the next job, or false when input is closed and drained.
  bool Pop(Job* job) {
    std::unique_lock lock(mu_);
    work_ready_.wait(lock, [&] { return !work_.empty() || input_done_; });
    if (work_.empty()) return false;
    *job = std::move(work_.front());
    work_.pop_front();
    return true;
  }

  void Finish(uint64_t seq, uint64_t size, Result<Article> result) {
    std::lock_guard lock(mu_);
    done_.emplace(seq, Done{size, std::move(result)});
    done_ready_.notify_all();
  }

  // Emitter: waits for result `seq`, or returns false when all are emitted.
  // wait bounds the wait so progress can be redrawn.
  enum class Take { kResult, kTimeout, kEnd };
  Take TakeNext(uint64_t seq, Result<Article>* out, Clock::duration wait) {
    std::unique_lock lock(mu_);
    bool ready = done_ready_.wait_for(lock, wait, [&] {
      return done_.count(seq) || (input_done_ && seq >= pushed_);
    });
    if (!ready) return Take::kTimeout;
    auto it = done_.find(seq);
    if (it == done_.end()) return Take::kEnd;
    *out = std::move(it->second.result);
    bytes_ -= it->second.size;
    --inflight_;
    done_.erase(it);
    room_.notify_one();
    return Take::kResult;
  }

 private:
  struct Done {
    uint64_t size;
    Result<Article> result;
  };
  std::mutex mu_;
  std::condition_variable room_, work_ready_, done_ready_;
  std::deque<Job> work_;
  std::map<uint64_t, Done> done_;
  size_t max_jobs_;
  uint64_t max_bytes_;
  size_t inflight_ = 0;
  uint64_t bytes_ = 0;
  uint64_t pushed_ = 0;
  bool input_done_ = false;
};

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

class Progress {
 public:
  Progress(bool enabled, const DocumentSource& source) : enabled_(enabled), source_(source), start_(Clock::now()) {}

  void Maybe(const PipelineStats& s, bool final = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mb = source_.bytes_read() / 1e6;
    std::fprintf(stderr, "\r%llu documents  %.1f MB  %.1f MB/s  %.0f docs/s  %llu errors",
                 (unsigned long long)s.documents, mb, secs > 0 ? mb / secs : 0.0,
                 secs > 0 ? s.documents / secs : 0.0, (unsigned long long)s.errors);
    if (uint64_t total = source_.bytes_total(); total > 0) {
      double done = std::min<double>(1.0, double(source_.bytes_read()) / total);
      std::fprintf(stderr, "  %3.0f%%", 100.0 * done);
      if (!final && done > 0.001 && secs >= 1) {  // eta from the byte rate so far
        long eta = long(secs * (1 - done) / done + 0.5);
        std::fprintf(stderr, "  eta %ld:%02ld:%02ld", eta / 3600, eta / 60 % 60, eta % 60);
      }
    }
    std::fprintf(stderr, final ? "\n" : "   ");
    std::fflush(stderr);
  }

 private:
  bool enabled_;
  const DocumentSource& source_;
  Clock::time_point start_;
  Clock::time_point last_{};
};

}  // namespace

PipelineStats RunPipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                          const PipelineSink& sink) {
  const int threads = ResolveThreads(options.threads);
  const auto start = Clock::now();
  std::unique_ptr<DocumentSource> source = OpenSources(inputs, options.source);
  Flow flow(4 * threads + 4, std::max<uint64_t>(256ull << 20, options.source.max_document_bytes));

  std::thread reader([&] {
    Result<RawDocument> item = Error{};
    for (uint64_t seq = 0; source->Next(&item); ++seq) {
      uint64_t size = item.ok() ? item.value().bytes.size() : 0;
      flow.Push(Job{seq, std::move(item), size});
      item = Error{};
    }
    flow.CloseInput();
  });
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      Job job;
      while (flow.Pop(&job)) {
        Result<Article> r = job.doc.ok() ? AnalyzeDocument(job.doc.value(), options)
                                         : Result<Article>(job.doc.error());
        flow.Finish(job.seq, job.size, std::move(r));
      }
    });
  }

  PipelineStats stats;
  Progress progress(options.progress, *source);
  Result<Article> result = Error{};
  for (uint64_t seq = 0;;) {
    auto take = flow.TakeNext(seq, &result, std::chrono::milliseconds(250));
    if (take == Flow::Take::kEnd) break;
    if (take == Flow::Take::kResult) {
      ++seq;
      if (result.ok()) {
        ++stats.documents;
        if (sink.on_article) sink.on_article(std::move(result.value()));
      } else {
        ++stats.errors;
        if (sink.on_error) sink.on_error(result.error());
      }
    }
    progress.Maybe(stats);
  }
  reader.join();
  for (auto& w : workers) w.join();
  stats.bytes = source->bytes_read();
  stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  progress.Maybe(stats, true);
  return stats;
}

}  // namespace dateline
