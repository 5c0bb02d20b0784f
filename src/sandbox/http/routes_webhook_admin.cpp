// The guild's webhooks (GET /guilds/{id}/webhooks). Modify and delete, with or without the
// token, live with the other webhook routes in routes_webhooks.cpp.

#include "sandbox/http/call.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

void add_webhook_admin_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/webhooks", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::array out;
        for (const auto* c : call.world().channels(guild)) {
            const Snowflake channel = Snowflake::parse(c->at("id").as_string());
            for (const auto* w : call.world().webhooks_of_channel(channel)) out.push_back(*w);
        }
        return Response::json(200, out);
    });
}

}  // namespace hikari::sandbox
