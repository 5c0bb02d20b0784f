#include "voice/voice_answer_waiter.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace hikari::voice_detail {

namespace asio = boost::asio;

struct VoiceAnswerWaiter::Shared {
    EventStream<VoiceEvent> stream;
    std::optional<asio::steady_timer> deadline;
};

namespace {

/// Closes the stream when the deadline passes, which wakes the pending next() with null.
Task<void> close_at_deadline(std::shared_ptr<VoiceAnswerWaiter::Shared> shared) {
    boost::system::error_code error;
    co_await shared->deadline->async_wait(asio::redirect_error(asio::use_awaitable, error));
    if (!error) shared->stream.close();
}

}  // namespace

VoiceAnswerWaiter::VoiceAnswerWaiter(EventManager& events, Snowflake guild_id, Snowflake channel_id,
                                     Snowflake user_id) {
    // A state must name the requested channel: a late answer to an earlier leave (channel
    // null) or join must not be taken for this one.
    auto filter = [guild_id, channel_id, user_id](const VoiceEvent& event) {
        if (event.guild_id != guild_id) return false;
        if (const auto* state = dynamic_cast<const VoiceStateUpdateEvent*>(&event)) {
            return state->state.user_id == user_id && state->state.channel_id == channel_id;
        }
        return dynamic_cast<const VoiceServerUpdateEvent*>(&event) != nullptr;
    };
    shared_ = std::make_shared<Shared>(Shared{events.stream<VoiceEvent>(filter), std::nullopt});
}

VoiceAnswerWaiter::~VoiceAnswerWaiter() {
    cancel();
}

Task<std::optional<VoiceAnswer>> VoiceAnswerWaiter::wait(std::chrono::milliseconds timeout) {
    const std::shared_ptr<Shared> shared = shared_;
    if (!shared->stream.is_open()) co_return std::nullopt;  // cancelled before it began
    const auto executor = co_await asio::this_coro::executor;
    shared->deadline.emplace(executor, timeout);
    asio::co_spawn(executor, close_at_deadline(shared), asio::detached);

    std::optional<std::string> session_id;
    std::optional<VoiceServerUpdateEvent> server;
    while (!session_id || !server) {
        std::shared_ptr<const VoiceEvent> event = co_await shared->stream.next();
        if (!event) co_return std::nullopt;  // deadline or cancel()
        if (const auto* state = dynamic_cast<const VoiceStateUpdateEvent*>(event.get())) {
            session_id = state->state.session_id;
        } else {
            server = static_cast<const VoiceServerUpdateEvent&>(*event);
        }
    }
    shared->deadline->cancel();
    shared->stream.close();
    co_return VoiceAnswer{std::move(*session_id), std::move(server->token),
                          std::move(server->endpoint)};
}

void VoiceAnswerWaiter::cancel() noexcept {
    if (shared_->deadline) shared_->deadline->cancel();
    shared_->stream.close();
}

}  // namespace hikari::voice_detail
