#pragma once
// Builders for fresh Discord objects with every documented field present, used both by the
// world generator and by the REST routes that create entities.

#include <hikari/core/snowflake.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace hikari::sandbox::entities {

/// A user; `bot` users carry bot: true and the verified flag.
boost::json::object user(Snowflake id, const std::string& username, bool bot);
/// The bot's application with every field Discord sends to its own bot (GET
/// /applications/@me): install settings for both integration types, the limited intent
/// flags, counts. `owner` is the partial user who owns it.
boost::json::object application(Snowflake id, const std::string& name,
                                const boost::json::object& bot, const boost::json::object& owner,
                                std::int64_t guild_count);
/// A guild without roles, members or channels (the World keeps those apart).
boost::json::object guild(Snowflake id, const std::string& name, Snowflake owner,
                          Snowflake system_channel);
/// A guild text (type 0), voice (type 2) or category (type 4) channel.
boost::json::object guild_channel(Snowflake id, Snowflake guild, int type, const std::string& name,
                                  int position, std::optional<Snowflake> parent);
boost::json::object role(Snowflake id, const std::string& name, int position,
                         const std::string& permissions, std::uint32_t colour);
boost::json::object member(const boost::json::object& user, Snowflake::TimePoint joined_at);
/// A default (type 0) message by author in channel, stamped with the id's time.
boost::json::object message(Snowflake id, Snowflake channel, const boost::json::object& author,
                            const std::string& content);

}  // namespace hikari::sandbox::entities
