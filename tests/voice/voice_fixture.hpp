#pragma once
// A real sandbox, a real GatewayShard feeding an EventManager through dispatch_gateway_event,
// and a VoiceComponent wired to the shard as GatewayBot wires it. Plus RecordingConnection,
// the test's VoiceConnection: it records what it was given.

#include <hikari/core/config.hpp>

#include <hikari/core/errors.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/events/event_manager.hpp>
#include <hikari/events/gateway_dispatch.hpp>
#include <hikari/events/shard_events.hpp>
#include <hikari/events/voice_events.hpp>
#include <hikari/gateway/shard.hpp>
#include <hikari/sandbox/sandbox.hpp>
#include <hikari/voice/voice_component.hpp>

#include "http_client.hpp"

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hikari::test {

namespace json = boost::json;
using namespace std::chrono_literals;

/// The test's connection: keeps the info it was made from and every event it was notified of.
class RecordingConnection : public VoiceConnection {
  public:
    RecordingConnection(boost::asio::io_context& io, const VoiceConnectionInfo& info)
        : VoiceConnection(info),
          info_(info),
          ended_(io, boost::asio::steady_timer::time_point::max()) {}

    [[nodiscard]] bool is_alive() const noexcept override { return alive_; }
    Task<void> join() override {
        boost::system::error_code ignored;
        if (alive_) {
            co_await ended_.async_wait(
                boost::asio::redirect_error(boost::asio::use_awaitable, ignored));
        }
    }
    Task<void> disconnect() override {
        ++disconnects;
        end();
        co_return;
    }
    Task<void> notify(const VoiceEvent& event) override {
        notified.push_back(event.event_type().name);
        if (const auto* server = dynamic_cast<const VoiceServerUpdateEvent*>(&event)) {
            server_updates.push_back(*server);
        }
        if (const auto* state = dynamic_cast<const VoiceStateUpdateEvent*>(&event)) {
            states.push_back(state->state);
        }
        co_return;
    }
    /// What a connection does when its voice server drops it.
    void close_itself() {
        end();
        info_.on_close(*this);
    }

    [[nodiscard]] const VoiceConnectionInfo& info() const noexcept { return info_; }
    int disconnects = 0;
    std::vector<std::string_view> notified;
    std::vector<VoiceServerUpdateEvent> server_updates;
    std::vector<VoiceState> states;

  private:
    void end() {
        alive_ = false;
        ended_.cancel();
    }
    VoiceConnectionInfo info_;
    boost::asio::steady_timer ended_;
    bool alive_ = true;
};

/// Every connection a factory made, in order.
struct Made {
    std::vector<std::shared_ptr<RecordingConnection>> connections;
};

inline Task<std::shared_ptr<VoiceConnection>> make_recording(boost::asio::io_context* io,
                                                             Made* made, VoiceConnectionInfo info) {
    auto connection = std::make_shared<RecordingConnection>(*io, info);
    made->connections.push_back(connection);
    co_return connection;
}

inline VoiceConnectionFactory recording_factory(boost::asio::io_context& io, Made& made) {
    return
        [&io, &made](const VoiceConnectionInfo& info) { return make_recording(&io, &made, info); };
}

/// One guild of the sandbox world.
struct WorldGuild {
    Snowflake id;
    Snowflake voice_channel;
    Snowflake text_channel;
};

class VoiceTest : public ::testing::Test {
  protected:
    static Intents voice_intents() { return Intents::all_unprivileged(); }

    void start(Intents intents = voice_intents(), unsigned guilds = 2) {
        sandbox::SandboxOptions options;
        options.world.guilds = guilds;
        options.world.members_per_guild = 3;
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        sandbox_ = std::make_unique<sandbox::Sandbox>(options);
        sandbox_->start();
        control_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
        read_world();

        manager_ = std::make_unique<EventManager>(io_, intents);
        GatewayShardSettings settings{.token = Token{sandbox_->token()}};
        settings.intents = intents;
        settings.url = sandbox_->gateway_url();
        settings.compression = GatewayCompression::uncompressed;
        settings.connect_timeout = 5s;
        shard_ = std::make_unique<GatewayShard>(
            io_, settings, [this](GatewayShard& shard, const GatewayDispatch& dispatch) {
                boost::asio::co_spawn(
                    io_,
                    dispatch_gateway_event(*manager_, factory_, dispatch.name, dispatch.sequence,
                                           dispatch.payload, shard.id()),
                    boost::asio::detached);
            });
        ready_ = manager_->listen<ShardReadyEvent>(
            [this](const ShardReadyEvent& event) { my_id_ = event.my_user.id; });

        VoiceComponentHooks hooks;
        hooks.update_voice_state = [this](Snowflake guild, std::optional<Snowflake> channel,
                                          bool mute, bool deaf) {
            ++voice_state_updates_;
            return shard_->update_voice_state(guild, channel, mute, deaf);
        };
        hooks.my_user_id = [this] { return my_id_; };
        hooks.shard_id_for = [this](Snowflake guild) {
            return static_cast<unsigned>((guild.value() >> 22) % shard_->shard_count());
        };
        hooks.intents = [this] { return shard_->intents(); };
        voice_ = std::make_unique<VoiceComponent>(io_, *manager_, hooks);

        run([&]() -> Task<void> {
            co_await shard_->start();
            co_await until([&] { return my_id_.has_value(); });
        });
        ASSERT_EQ(my_id_, bot_id_) << "READY should name the sandbox's bot";
    }

    void read_world() {
        auto world = json::parse(control_->request("GET", "/_sandbox/world").body);
        bot_id_ = Snowflake::parse(world.at("bot").at("id").as_string());
        for (const auto& g : world.at("guilds").as_array()) {
            WorldGuild guild{Snowflake::parse(g.at("id").as_string()), {}, {}};
            for (const auto& c : g.at("channels").as_array()) {
                const auto id = Snowflake::parse(c.at("id").as_string());
                if (c.at("type").as_int64() == 2) guild.voice_channel = id;
                if (c.at("type").as_int64() == 0 && !guild.text_channel) guild.text_channel = id;
            }
            guilds_.push_back(guild);
        }
    }

    /// Runs `body` on the io_context until it finishes; fails the test after `limit`.
    void run(std::function<Task<void>()> body, std::chrono::seconds limit = 20s) {
        bool done = false;
        std::exception_ptr error;
        boost::asio::co_spawn(io_, body(), [&](std::exception_ptr e) {
            error = e;
            done = true;
        });
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (!done && std::chrono::steady_clock::now() < deadline) io_.run_one_for(50ms);
        ASSERT_TRUE(done) << "timed out after " << limit.count() << " s";
        if (error) std::rethrow_exception(error);
    }

    Task<void> sleep(std::chrono::milliseconds d) {
        boost::asio::steady_timer t{co_await boost::asio::this_coro::executor, d};
        co_await t.async_wait(boost::asio::use_awaitable);
    }

    /// Waits until `condition` holds, polling; fails after `limit`.
    Task<void> until(std::function<bool()> condition, std::chrono::milliseconds limit = 5000ms) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (!condition()) {
            if (std::chrono::steady_clock::now() > deadline) {
                ADD_FAILURE() << "condition not reached in " << limit.count() << " ms";
                co_return;
            }
            co_await sleep(10ms);
        }
    }

    /// The bot's own voice states with a null channel (leaves), from now on.
    EventStream<VoiceStateUpdateEvent> leaves() {
        StreamOptions options;
        options.timeout = 5000ms;
        return manager_->stream<VoiceStateUpdateEvent>(
            [this](const VoiceStateUpdateEvent& e) {
                return e.state.user_id == bot_id_ && !e.state.channel_id.has_value();
            },
            options);
    }

    void TearDown() override {
        if (voice_ && shard_ && shard_->is_alive()) {
            run([&]() -> Task<void> {
                co_await voice_->close();
                co_await shard_->close();
            });
        }
        if (sandbox_) sandbox_->stop();
        io_.run_for(100ms);
    }

    boost::asio::io_context io_;
    std::unique_ptr<sandbox::Sandbox> sandbox_;
    std::unique_ptr<HttpClient> control_;
    Snowflake bot_id_;
    std::vector<WorldGuild> guilds_;
    std::unique_ptr<EventManager> manager_;
    EventFactory factory_;
    std::unique_ptr<GatewayShard> shard_;
    Subscription ready_;
    std::optional<Snowflake> my_id_;
    int voice_state_updates_ = 0;
    std::unique_ptr<VoiceComponent> voice_;
};

}  // namespace hikari::test
