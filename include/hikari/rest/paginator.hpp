#pragma once
// Lazily fetched lists (messages, members, bans, reactions, audit log entries...): pages are
// requested only as items are consumed, and iteration stops cleanly at the end.
//
//   auto messages = rest.fetch_messages(channel);
//   while (auto message = co_await messages.next()) { ... }
//   std::vector<Message> last_50 = co_await rest.fetch_messages(channel).collect(50);

#include <hikari/core/task.hpp>

#include <cstddef>
#include <deque>
#include <functional>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace hikari {

template <class T>
class Paginator {
  public:
    /// Returns the next page; an empty page ends the iteration.
    using PageFetcher = std::function<Task<std::vector<T>>()>;

    explicit Paginator(PageFetcher fetch) : fetch_(std::move(fetch)) {}

    /// The next item, or nullopt once every page was consumed.
    Task<std::optional<T>> next() {
        while (buffer_.empty() && !done_) {
            std::vector<T> page = co_await fetch_();
            if (page.empty()) done_ = true;
            for (auto& item : page) buffer_.push_back(std::move(item));
        }
        if (buffer_.empty()) co_return std::nullopt;
        T item = std::move(buffer_.front());
        buffer_.pop_front();
        co_return item;
    }

    /// Up to `limit` further items.
    Task<std::vector<T>> collect(std::size_t limit = std::numeric_limits<std::size_t>::max()) {
        std::vector<T> out;
        while (out.size() < limit) {
            auto item = co_await next();
            if (!item) break;
            out.push_back(std::move(*item));
        }
        co_return out;
    }

    [[nodiscard]] bool exhausted() const noexcept { return done_ && buffer_.empty(); }

  private:
    PageFetcher fetch_;
    std::deque<T> buffer_;
    bool done_ = false;
};

}  // namespace hikari
