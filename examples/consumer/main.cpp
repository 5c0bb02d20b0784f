// A user's hello-world bot, built against the installed headers and libraries only. It is
// constructed and wired but not run (there is no network in the check); the listener and the
// shard arithmetic prove that the public API compiles and links on its own.
#include <hikari/hikari.hpp>

#include <cstdio>

int main() {
    hikari::GatewayBotSettings settings{.token = hikari::Token::bot("not-a-real-token")};
    settings.banner = false;
    hikari::GatewayBot bot(settings);
    auto greeter = bot.listen<hikari::MessageCreateEvent>(
        [&bot](const hikari::MessageCreateEvent& event) -> hikari::Task<void> {
            if (event.message.content != "hello") co_return;
            hikari::MessageCreateOptions reply;
            reply.content = "hello, " + event.message.author.username;
            co_await bot.rest().create_message(event.message.channel_id, std::move(reply));
        });
    const auto listeners = bot.get_listeners<hikari::MessageCreateEvent>();
    auto guild = hikari::Snowflake::parse("197038439483310086");
    std::printf("%zu listener(s); guild %s is on shard %u of 16\n", listeners.size(),
                guild.to_string().c_str(), guild.shard_id(16));
    return listeners.size() == 1 && !bot.is_alive() ? 0 : 1;
}
