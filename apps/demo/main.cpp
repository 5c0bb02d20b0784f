// hikari-demo: a ping bot. Against Discord when DISCORD_TOKEN is set; otherwise against an
// in-process hikari-sandbox, where a simulated user says "!ping" and the run ends once the
// bot's "Pong!" has come back through the gateway.
//
// It is built from the layers that exist today (GatewayShard + RESTClient). When GatewayBot
// lands, this file shrinks to the listen/run example of ARCHITECTURE.md.

#include <hikari/hikari.hpp>
#include <hikari/rest/rest_client.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include "control_client.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <cstdio>
#include <iostream>
#include <optional>

namespace asio = boost::asio;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

struct Demo {
    asio::io_context io;
    std::optional<hikari::sandbox::Sandbox> sandbox;
    std::optional<hikari::RESTClient> rest;
    std::unique_ptr<hikari::GatewayShard> shard;
    hikari::log::Logger log = hikari::log::get("hikari.demo");
    bool offline = false;
    bool pong_seen = false;
    std::chrono::steady_clock::time_point ping_sent;
    hikari::Snowflake bot_id;
    std::optional<std::string> first_text_channel;

    void on_dispatch(const hikari::GatewayDispatch& d) {
        if (d.name == "READY") {
            auto ready = json::parse(d.payload).at("d");
            bot_id = hikari::Snowflake::parse(ready.at("user").at("id").as_string());
            log.info("READY as {} ({} guilds)",
                     json::value_to<std::string>(ready.at("user").at("username")),
                     ready.at("guilds").as_array().size());
            return;
        }
        if (d.name == "GUILD_CREATE") {
            auto guild = json::parse(d.payload).at("d");
            log.info("guild available: {} with {} members, {} channels",
                     json::value_to<std::string>(guild.at("name")),
                     guild.at("member_count").as_int64(), guild.at("channels").as_array().size());
            for (const auto& c : guild.at("channels").as_array()) {
                if (!first_text_channel && c.at("type").as_int64() == 0) {
                    first_text_channel = json::value_to<std::string>(c.at("id"));
                }
            }
            return;
        }
        if (d.name != "MESSAGE_CREATE") return;
        auto message = json::parse(d.payload).at("d");
        auto content = json::value_to<std::string>(message.at("content"));
        auto author = hikari::Snowflake::parse(message.at("author").at("id").as_string());
        auto channel = hikari::Snowflake::parse(message.at("channel_id").as_string());
        log.info("message in {} from {}: {}", channel.to_string(), author.to_string(), content);
        if (author == bot_id) {
            if (content == "Pong!") {
                auto rtt = std::chrono::duration<double, std::milli>(
                    std::chrono::steady_clock::now() - ping_sent);
                log.info("the bot's Pong! came back through the gateway {:.1f} ms after the ping",
                         rtt.count());
                pong_seen = true;
                if (offline) asio::co_spawn(io, shutdown(), asio::detached);
            }
            return;
        }
        if (content == "!ping") {
            asio::co_spawn(io, reply(channel), asio::detached);
        }
    }

    hikari::Task<void> reply(hikari::Snowflake channel) {
        // Named, not braced inline: GCC 12 destroys braced temporaries in co_await twice.
        hikari::MessageCreateOptions pong{.content = "Pong!"};
        auto sent = co_await rest->create_message(channel, std::move(pong));
        log.info("replied through REST with message {}", sent.id.to_string());
    }

    hikari::Task<void> shutdown() {
        co_await shard->close();
        log.info("closed gracefully; heartbeat latency was {}",
                 shard->heartbeat_latency()
                     ? fmt::format("{:.2f} ms", shard->heartbeat_latency()->count() * 1000)
                     : std::string("not measured yet"));
    }

    hikari::Task<void> run(const hikari::Token& token, std::string rest_url) {
        hikari::RESTOptions options{.rest_url = std::move(rest_url)};
        rest.emplace(io.get_executor(), token, std::move(options));
        auto info = co_await rest->fetch_gateway_bot_info();
        log.info("gateway {} recommends {} shard(s); {} of {} session starts left", info.url,
                 info.shards, info.session_start_limit.remaining, info.session_start_limit.total);
        hikari::GatewayShardSettings settings{.token = token};
        settings.intents = hikari::Intents::all_unprivileged() | hikari::Intents::message_content;
        settings.url = info.url;
        shard = std::make_unique<hikari::GatewayShard>(
            io, settings,
            [this](hikari::GatewayShard&, const hikari::GatewayDispatch& d) { on_dispatch(d); });
        co_await shard->start();
        if (!offline) {
            log.info("running; say !ping in a channel the bot can read. Ctrl+C stops.");
            co_return;
        }
        // Offline: a simulated user types "!ping" in the first text channel we were given.
        while (!first_text_channel) {
            asio::steady_timer wait{io, 10ms};
            co_await wait.async_wait(asio::use_awaitable);
        }
        ping_sent = std::chrono::steady_clock::now();
        json::object body{{"channel_id", *first_text_channel}, {"content", "!ping"}};
        log.info("a simulated user says !ping in channel {}", *first_text_channel);
        hikari::demo::post_json(sandbox->port(), "/_sandbox/messages", json::serialize(body));
    }
};

}  // namespace

int main() {
    hikari::log::configure(hikari::log::LogConfig{"INFO"});
    hikari::print_banner();
    Demo demo;
    std::optional<hikari::Token> token = hikari::env_token();
    std::string rest_url = "https://discord.com/api/v10";
    if (!token) {
        demo.offline = true;
        demo.sandbox.emplace();
        demo.sandbox->start();
        token = hikari::Token{demo.sandbox->token()};
        rest_url = demo.sandbox->api_url();
        demo.log.info("DISCORD_TOKEN is not set: using an in-process hikari-sandbox at {}",
                      rest_url);
    }
    asio::signal_set signals{demo.io, SIGINT, SIGTERM};
    signals.async_wait([&](auto, int) {
        if (demo.shard) asio::co_spawn(demo.io, demo.shutdown(), asio::detached);
    });
    std::exception_ptr failure;
    asio::co_spawn(demo.io, demo.run(*token, rest_url), [&](std::exception_ptr e) {
        if (e) {
            failure = e;
            signals.cancel();
        }
    });
    // Offline, the demo ends on its own; give it a generous bound so it can never hang.
    if (demo.offline) {
        demo.io.run_for(60s);
    } else {
        demo.io.run();
    }
    if (failure) {
        try {
            std::rethrow_exception(failure);
        } catch (const std::exception& e) {
            std::cerr << "demo failed: " << e.what() << "\n";
            return 1;
        }
    }
    if (demo.offline && !demo.pong_seen) {
        std::cerr << "demo failed: no Pong! within 60 s\n";
        return 1;
    }
    return 0;
}
