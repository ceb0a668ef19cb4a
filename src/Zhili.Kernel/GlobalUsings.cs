// Namespaces most files of this project use; a file names only the ones particular to it.
global using System.Globalization;
global using System.Text;
global using System.Text.RegularExpressions;
global using FluentValidation;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
global using Zhili.BuildingBlocks.Modules;
global using Zhili.BuildingBlocks.Persistence;
global using Zhili.BuildingBlocks.Security;
global using Zhili.BuildingBlocks.Validation;
global using Zhili.Kernel.Calendar;
global using Zhili.Kernel.Data;
global using Zhili.Kernel.Units;
