global using Microsoft.Playwright;
global using Shouldly;
global using Xunit;
global using Zhili.Testing;
