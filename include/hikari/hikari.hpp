#pragma once
// Everything a bot needs, in one include.

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>
