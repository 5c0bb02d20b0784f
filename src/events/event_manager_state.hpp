#pragma once
// The shared state behind EventManager, Subscription and RawEventStream. Shared so that a
// subscription or stream outliving its manager is harmless.

#include <hikari/core/logging.hpp>
#include <hikari/events/event_manager.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace hikari::detail {

struct Listener {
    ListenerId id = 0;
    const EventTypeInfo* type = nullptr;
    std::string name;
    EventManager::AsyncCallback async_callback;  ///< exactly one of the two is set
    EventManager::SyncCallback sync_callback;
};

struct Waiter {
    explicit Waiter(boost::asio::io_context& io) : timer(io) {}
    EventManager::Predicate predicate;
    std::shared_ptr<const Event> result;
    std::exception_ptr error;
    bool done = false;
    boost::asio::steady_timer timer;
};

struct StreamState {
    explicit StreamState(boost::asio::io_context& io) : timer(io) {}
    const EventTypeInfo* type = nullptr;
    EventManager::Predicate filter;
    StreamOptions options;
    std::deque<std::shared_ptr<const Event>> queue;
    std::size_t delivered = 0;
    std::size_t dropped = 0;
    bool open = true;
    boost::asio::steady_timer timer;
    std::weak_ptr<EventManagerState> manager;
};

/// Everything registered for one event type (not including its subtypes).
struct TypeSlot {
    std::vector<std::shared_ptr<Listener>> listeners;
    std::vector<std::shared_ptr<Waiter>> waiters;
    std::vector<std::shared_ptr<StreamState>> streams;

    [[nodiscard]] bool empty() const noexcept {
        return listeners.empty() && waiters.empty() && streams.empty();
    }
};

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

struct EventManagerState {
    explicit EventManagerState(boost::asio::io_context& context, Intents enabled)
        : io(context), intents(enabled), logger(log::get("hikari.event_manager")) {}

    boost::asio::io_context& io;
    Intents intents;
    log::Logger logger;
    ListenerId next_id = 1;
    bool closed = false;  ///< the EventManager was destroyed
    std::unordered_map<const EventTypeInfo*, TypeSlot> slots;
    std::unordered_map<ListenerId, const EventTypeInfo*> listener_types;
    /// is_wanted() per dispatch name; cleared whenever a registration changes.
    std::unordered_map<std::string, bool, StringHash, std::equal_to<>> wanted_cache;

    void changed() noexcept { wanted_cache.clear(); }
    void warn_missing_intents(const EventTypeInfo& type) const;
    bool remove_listener(ListenerId id) noexcept;
    void remove_waiter(const EventTypeInfo& type, const Waiter* waiter) noexcept;
    void remove_stream(const StreamState* stream) noexcept;
    [[nodiscard]] bool wants(const EventTypeInfo& type) const noexcept;
};

}  // namespace hikari::detail
