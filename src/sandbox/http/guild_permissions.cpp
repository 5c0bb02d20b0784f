#include "sandbox/http/guild_permissions.hpp"

#include "sandbox/http/api_error.hpp"
#include "sandbox/state/world.hpp"

#include <hikari/core/permissions.hpp>

#include <boost/json/value.hpp>

#include <charconv>
#include <string_view>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

std::uint64_t role_bits(const json::object* role) {
    if (!role) return 0;
    const auto* p = role->if_contains("permissions");
    if (!p || !p->is_string()) return 0;
    const std::string_view text = p->get_string();
    std::uint64_t bits = 0;
    std::from_chars(text.data(), text.data() + text.size(), bits);
    return bits;
}

}  // namespace

std::uint64_t guild_permissions(const World& world, Snowflake guild, Snowflake user) {
    const auto* g = world.guild(guild);
    const auto* member = world.member(guild, user);
    if (!g || !member) return 0;
    // Discord answers the owner's and an administrator's permissions as every defined bit.
    const std::uint64_t all = Permissions::all().value();
    if (g->at("owner_id") == json::value(user.to_string())) return all;
    std::uint64_t bits = role_bits(world.role(guild, guild));  // @everyone has the guild's id
    if (const auto* roles = member->if_contains("roles"); roles && roles->is_array()) {
        for (const auto& r : roles->get_array()) {
            if (!r.is_string()) continue;
            if (const auto id = Snowflake::try_parse(r.get_string())) {
                bits |= role_bits(world.role(guild, *id));
            }
        }
    }
    return (bits & permission_bits::administrator) != 0 ? all : bits;
}

void require_bot_permission(Call& call, Snowflake guild, std::uint64_t permission) {
    World& world = call.world();
    if ((guild_permissions(world, guild, world.bot_id()) & permission) != permission) {
        throw api_errors::missing_permissions();
    }
}

}  // namespace hikari::sandbox
