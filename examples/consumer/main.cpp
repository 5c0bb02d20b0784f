// Builds against the installed headers and library only.
#include <hikari/hikari.hpp>

#include <cstdio>

int main() {
    auto guild = hikari::Snowflake::parse("197038439483310086");
    std::printf("guild %s is on shard %u of 16\n", guild.to_string().c_str(), guild.shard_id(16));
    return guild.shard_id(16) < 16 ? 0 : 1;
}
