// A bot that prints what its cache holds: guilds, channels, roles, members and users, once
// every guild has arrived and on "!stats".
//
// With DISCORD_TOKEN set it runs against Discord; without, against an in-process sandbox
// with a generated world, printing the statistics once and closing.

#include <hikari/hikari.hpp>

#include "support/backend.hpp"

namespace {

std::string statistics(const hikari::Cache& cache) {
    std::size_t channels = 0;
    std::size_t roles = 0;
    for (const auto& guild : cache.get_guilds()) {
        channels += cache.get_guild_channels(guild.id).size();
        roles += cache.get_roles(guild.id).size();
    }
    return fmt::format(
        "{} guilds, {} channels, {} roles, {} members of {} distinct users, {} messages",
        cache.guild_count(), channels, roles, cache.member_count(), cache.user_count(),
        cache.message_count());
}

}  // namespace

int main() {
    const hikari::examples::Backend backend;
    auto settings = backend.settings();
    // Members arrive by chunking (GUILD_MEMBERS without presences): see auto_chunk_members.
    settings.intents = hikari::Intents::guilds | hikari::Intents::guild_members |
                       hikari::Intents::guild_messages | hikari::Intents::message_content;
    hikari::GatewayBot bot(settings);
    const auto log = hikari::log::get("hikari.example");

    std::size_t chunks_left = 0;
    auto chunks = bot.listen<hikari::MemberChunkEvent>([&](const hikari::MemberChunkEvent& e) {
        if (e.chunk_index + 1 != e.chunk_count) return;
        log.info("members of guild {} are in: {}", e.guild_id.to_string(), statistics(bot.cache()));
        if (backend.offline() && --chunks_left == 0) {
            bot.spawn(bot.close());
        }
    });
    auto ready = bot.listen<hikari::ShardReadyEvent>(
        [&](const hikari::ShardReadyEvent& e) { chunks_left += e.unavailable_guilds.size(); });
    auto command = bot.listen<hikari::MessageCreateEvent>(
        [&](const hikari::MessageCreateEvent& e) -> hikari::Task<void> {
            if (e.message.content != "!stats") co_return;
            hikari::MessageCreateOptions reply;
            reply.content = statistics(bot.cache());
            co_await bot.rest().create_message(e.message.channel_id, std::move(reply));
        });
    bot.run();
    log.info("after close: {}", statistics(bot.cache()));
    return 0;
}
