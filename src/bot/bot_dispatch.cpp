// From a shard's dispatch to the cache and the listeners; what the bot itself takes from the
// stream on the way: its own user (READY) and the guilds to chunk (GUILD_CREATE).

#include "bot/gateway_bot_impl.hpp"

#include <hikari/events/gateway_dispatch.hpp>
#include <hikari/events/member_events.hpp>
#include <hikari/model/entity_factory.hpp>

#include "bot/auto_chunk.hpp"

#include <fmt/format.h>
#include <simdjson.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>

#include <random>

namespace hikari {

namespace {

namespace asio = boost::asio;

/// A nonce for chunk requests, unique enough to tell the bot's own requests apart (at most 32
/// bytes, as Discord allows).
std::string chunk_nonce(unsigned shard_id) {
    static thread_local std::mt19937_64 random{std::random_device{}()};
    return fmt::format("{}.{:016x}", shard_id, random());
}

/// The `d` object of a dispatch, parsed on demand from the padded payload.
simdjson::ondemand::object dispatch_data(simdjson::ondemand::parser& parser,
                                         simdjson::ondemand::document& document,
                                         const GatewayDispatch& dispatch) {
    const simdjson::padded_string_view text(dispatch.payload.data(), dispatch.payload.size(),
                                            dispatch.payload.size() + GatewayDispatch::padding);
    document = parser.iterate(text);
    simdjson::ondemand::object d = document["d"].get_object();  // throws when not an object
    return d;
}

}  // namespace

void GatewayBot::Impl::on_dispatch(GatewayShard& shard, const GatewayDispatch& dispatch) {
    if (dispatch.name == "READY") remember_me(dispatch);
    if (dispatch.name == "GUILD_CREATE") maybe_request_members(shard, dispatch);
    // The cache first, then waiters, streams and plain listeners, all before the shard reads
    // on; coroutine listeners are started and run concurrently.
    dispatch_gateway_event_now(events, factory, dispatch.name, dispatch.sequence, dispatch.payload,
                               shard.id(), true, &cache, dispatch.data);
}

void GatewayBot::Impl::remember_me(const GatewayDispatch& dispatch) {
    try {
        simdjson::ondemand::parser parser;
        simdjson::ondemand::document document;
        auto d = dispatch_data(parser, document, dispatch);
        simdjson::ondemand::object user_object;
        std::string_view user;
        if (auto error = d["user"].get_object().get(user_object)) {
            throw simdjson::simdjson_error(error);
        }
        if (auto error = user_object.raw_json().get(user)) throw simdjson::simdjson_error(error);
        me = from_json<User>(user);
    } catch (const std::exception& error) {
        log.error("could not read the bot's user from READY: {}", error.what());
    }
}

void GatewayBot::Impl::maybe_request_members(GatewayShard& shard, const GatewayDispatch& dispatch) {
    bot_detail::ChunkContext context{.auto_chunk_members = settings.auto_chunk_members,
                                     .intents = settings.intents,
                                     .cache = settings.cache_settings,
                                     .chunk_events_wanted = events.is_wanted<MemberChunkEvent>()};
    // Cheap checks first: most bots never chunk, and then nothing is parsed here.
    if (!bot_detail::should_request_members(context, true)) return;

    RequestGuildMembers request;
    bool large = false;
    try {
        simdjson::ondemand::parser parser;
        simdjson::ondemand::document document;
        auto d = dispatch_data(parser, document, dispatch);
        // Fields are read in document order for on-demand parsing; find_field_unordered
        // tolerates any order, at the price of a rescan.
        bool unavailable = false;
        if (d.find_field_unordered("unavailable").get_bool().get(unavailable) ==
                simdjson::SUCCESS &&
            unavailable) {
            return;
        }
        std::string_view id;
        if (auto error = d.find_field_unordered("id").get_string().get(id)) {
            throw simdjson::simdjson_error(error);
        }
        const auto guild_id = Snowflake::try_parse(id);
        if (!guild_id) throw ParseError("GUILD_CREATE: id is not a snowflake");
        request.guild_id = *guild_id;
        if (d.find_field_unordered("large").get_bool().get(large) != simdjson::SUCCESS) {
            large = false;  // absent: Discord only sends it for large guilds
        }
    } catch (const std::exception& error) {
        log.error("could not read GUILD_CREATE to chunk its members: {}", error.what());
        return;
    }
    if (!bot_detail::should_request_members(context, large)) return;

    request.presences = bot_detail::chunk_with_presences(context);
    request.nonce = chunk_nonce(shard.id());
    log.debug("requesting the members of guild {} (shard {})", request.guild_id.to_string(),
              shard.id());
    // Counted, so that close() keeps the shard until the request has been queued or refused.
    ++background;
    asio::co_spawn(
        io,
        [](Impl& bot, GatewayShard& target, RequestGuildMembers req) -> Task<void> {
            try {
                co_await target.request_guild_members(req);
            } catch (const std::exception& error) {
                bot.log.warning("could not request the members of guild {}: {}",
                                req.guild_id.to_string(), error.what());
            }
            --bot.background;
            bot.changed.notify();
        }(*this, shard, std::move(request)),
        asio::detached);
}

}  // namespace hikari
