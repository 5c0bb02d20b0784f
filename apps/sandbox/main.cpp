// hikari-sandbox: runs the Discord emulator until SIGINT/SIGTERM.

#include <hikari/core/errors_base.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include <hikari/sandbox/gateway_options.hpp>

#include <spdlog/spdlog.h>

#include <charconv>
#include <csignal>
#include <cstdio>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace {

using hikari::sandbox::GatewayOptions;
using hikari::sandbox::Sandbox;

constexpr const char* usage = R"(Usage: hikari-sandbox [options]

A local emulator of Discord's HTTP API (v10, v9) and gateway for bots under test.

Server
  --host ADDR                 IP address to listen on (default 127.0.0.1)
  --port N                    TCP port, 0 for any free one (default 0; the port is logged)
  --tls-cert FILE             PEM certificate chain: serve HTTPS and wss:// (needs --tls-key;
                              scripts/sandbox-cert.sh makes a self-signed pair)
  --tls-key FILE              PEM private key
  --quiet                     do not log connections and requests

World
  --guilds N                  generated guilds (default 2)
  --channels N                channels per guild (default 3; the last is voice when >= 3)
  --members N                 members per guild, the bot included (default 10)
  --messages N                historical messages per text channel (default 5)
  --seed N                    generation seed; the same seed gives the same ids (default 1)
  --fixture FILE              load the world from a JSON fixture instead of generating it
  --token TOKEN               bot token clients must send as "Bot TOKEN" (default sandbox-token)

REST limits
  --global-limit N            requests per second per token, 0 for none (default 50)
  --no-route-limits           turn per-route buckets off
  --invalid-limit N           401/403/429 answers per 10 minutes before a ban (default 10000)

Gateway
  --heartbeat-interval MS     HELLO heartbeat_interval (default 41250)
  --heartbeat-grace MS        extra time before a silent client is dropped (default 0)
  --session-start-total N     session_start_limit.total (default 1000)
  --session-start-remaining N session_start_limit.remaining (default 1000)
  --session-start-reset MS    session_start_limit.reset_after (default 14400000)
  --max-concurrency N         session_start_limit.max_concurrency (default 1)
  --shards N                  recommended shard count for GET /gateway/bot (default 1)
  --privileged-intents BITS   privileged intents the app may use (default 33026)
  --large-threshold N         default large_threshold (default 50)
  --max-guilds-per-shard N    more guilds per shard closes with 4011 (default 2500)
  --identify-interval MS      one IDENTIFY per bucket per interval (default 5000)
  --send-limit N              client payloads per window before 4008 (default 120)
  --send-window MS            window of --send-limit (default 60000)
  --session-timeout MS        how long a dropped session stays resumable (default 120000)
  --replay-buffer N           dispatches kept per session for RESUME (default 1000)
  --max-payload BYTES         largest client payload before 4002 (default 4096)
  --public-url URL            resume_gateway_url to advertise (default ws://HOST:PORT)

  -h, --help                  show this help

Control API (no auth, JSON)
  POST /_sandbox/messages          {channel_id, content, author_id?} a simulated user posts
  POST /_sandbox/interactions      {channel_id, name?, user_id?, options?} a slash command use
  POST /_sandbox/members           {guild_id, username?, user_id?} someone joins a guild
  POST /_sandbox/reactions         {channel_id, message_id, emoji, user_id?} someone reacts
  POST /_sandbox/poll-votes        {channel_id, message_id, user_id, answer_ids} someone votes
  POST /_sandbox/voice-states      {guild_id, user_id, channel_id|null} someone joins/leaves voice
  POST /_sandbox/scheduled-events/users {guild_id, event_id, user_id} someone is interested
  POST /_sandbox/vanity-url        {guild_id, code|null, uses?} set a guild's vanity invite
  POST /_sandbox/activity-instances {channel_id, user_ids?} launch the app's activity
  POST /_sandbox/search-index      {id, answers?, retry_after?} the next searches of a guild or
                                   channel answer 202 "index not yet available"
  POST /_sandbox/rest/faults       {count, status: 429|500|502|503, retry_after?, global?}
  POST /_sandbox/rest/limits       {route: "METHOD /pattern" | bucket, limit, reset_after}
                                   or {global: N} or {invalid_requests: N}
  GET  /_sandbox/stats             REST calls per route, 429s, faults, bans, span_seconds (first to
                                   latest call), gateway stats
  POST /_sandbox/stats/reset       zero the REST statistics (a load test's clean start)
  GET  /_sandbox/dispatches        the last 200 dispatches REST changes caused
  GET  /_sandbox/world             bot, guilds, channels and member ids
  GET  /_sandbox/gateway/stats     gateway statistics
  POST /_sandbox/gateway/ACTION    gateway faults: close, reconnect, invalid_session,
                                   stop_acks, request_heartbeat, flood
)";

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

template <class T>
T number(std::string_view flag, std::string_view text) {
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
        throw UsageError(std::string(flag) + ": not a valid number: '" + std::string(text) + "'");
    }
    return value;
}

struct Parsed {
    Sandbox::Options options;
    GatewayOptions gateway;
    bool help = false;
};

Parsed parse(int argc, char** argv) {
    Parsed out;
    out.options.log_requests = true;
    auto& o = out.options;
    auto& g = out.gateway;
    using Setter = std::function<void(std::string_view flag, std::string_view value)>;
    auto ms = [](std::chrono::milliseconds& target) {
        return Setter([&target](std::string_view f, std::string_view v) {
            target = std::chrono::milliseconds(number<long long>(f, v));
        });
    };
    auto uint = [](unsigned& target) {
        return Setter(
            [&target](std::string_view f, std::string_view v) { target = number<unsigned>(f, v); });
    };
    auto size = [](std::size_t& target) {
        return Setter([&target](std::string_view f, std::string_view v) {
            target = number<std::size_t>(f, v);
        });
    };
    auto text = [](std::string& target) {
        return Setter([&target](std::string_view, std::string_view v) { target = std::string(v); });
    };
    const std::map<std::string_view, Setter> with_value{
        {"--host", text(o.host)},
        {"--port", [&](auto f, auto v) { o.port = number<std::uint16_t>(f, v); }},
        {"--tls-cert", text(o.tls_cert_path)},
        {"--tls-key", text(o.tls_key_path)},
        {"--guilds", uint(o.world.guilds)},
        {"--channels", uint(o.world.channels_per_guild)},
        {"--members", uint(o.world.members_per_guild)},
        {"--messages", uint(o.world.messages_per_channel)},
        {"--seed", [&](auto f, auto v) { o.world.seed = number<std::uint64_t>(f, v); }},
        {"--fixture", text(o.world.fixture_path)},
        {"--token", text(o.world.bot_token)},
        {"--global-limit", uint(o.global_rate_limit)},
        {"--invalid-limit", uint(o.invalid_request_limit)},
        {"--heartbeat-interval", ms(g.heartbeat_interval)},
        {"--heartbeat-grace", ms(g.heartbeat_grace)},
        {"--session-start-total", uint(g.session_start_total)},
        {"--session-start-remaining", uint(g.session_start_remaining)},
        {"--session-start-reset", ms(g.session_start_reset_after)},
        {"--max-concurrency", uint(g.max_concurrency)},
        {"--shards", uint(g.recommended_shards)},
        {"--privileged-intents",
         [&](auto f, auto v) { g.enabled_privileged_intents = number<std::uint64_t>(f, v); }},
        {"--large-threshold", uint(g.large_threshold_default)},
        {"--max-guilds-per-shard", size(g.max_guilds_per_shard)},
        {"--identify-interval", ms(g.identify_interval)},
        {"--send-limit", uint(g.send_limit)},
        {"--send-window", ms(g.send_window)},
        {"--session-timeout", ms(g.session_timeout)},
        {"--replay-buffer", size(g.replay_buffer)},
        {"--max-payload", size(g.max_payload_size)},
        {"--public-url", text(g.public_url)},
    };
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            out.help = true;
            continue;
        }
        if (arg == "--quiet") {
            o.log_requests = false;
            continue;
        }
        if (arg == "--no-route-limits") {
            o.route_rate_limits = false;
            continue;
        }
        std::string_view value;
        bool inline_value = false;
        if (const auto eq = arg.find('='); eq != std::string_view::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            inline_value = true;
        }
        auto it = with_value.find(arg);
        if (it == with_value.end()) throw UsageError("unknown option: " + std::string(arg));
        if (!inline_value) {
            if (i + 1 >= argc) throw UsageError(std::string(arg) + " needs a value");
            value = argv[++i];
        }
        it->second(arg, value);
    }
    if (g.large_threshold_default < g.large_threshold_min ||
        g.large_threshold_default > g.large_threshold_max) {
        throw UsageError("--large-threshold must be between 50 and 250");
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    Parsed parsed;
    try {
        parsed = parse(argc, argv);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "hikari-sandbox: %s\nTry --help.\n", e.what());
        return 2;
    }
    if (parsed.help) {
        std::fputs(usage, stdout);
        return 0;
    }
    parsed.options.gateway = std::make_shared<const GatewayOptions>(parsed.gateway);

    // Block the stop signals in every thread; this one waits for them below.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    Sandbox sandbox(parsed.options);
    try {
        sandbox.start();
    } catch (const hikari::HikariError& e) {
        std::fprintf(stderr, "hikari-sandbox: %s\n", e.what());
        return 1;
    }
    spdlog::info("hikari-sandbox listening: REST {}  gateway {}  token \"{}\"", sandbox.api_url(),
                 sandbox.gateway_url(), sandbox.token());
    // Machine-readable line for scripts that start the sandbox on port 0.
    std::printf("SANDBOX_PORT=%u\n", static_cast<unsigned>(sandbox.port()));
    std::fflush(stdout);

    int received = 0;
    sigwait(&signals, &received);
    spdlog::info("hikari-sandbox: signal {}, stopping", received);
    sandbox.stop();
    return 0;
}
