
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Advisory",
      "AdvisoryDelivery",
      "Agency",
      "ApiKey",
      "AuditEvent",
      "BenchmarkResult",
      "ClearinghouseEntry",
      "ComplianceReport",
      "DefenseTool",
      "Designation",
      "DesignationResponse",
      "Developer",
      "Directive",
      "FrontierModel",
      "HiringInitiative",
      "HiringReport",
      "HiringTarget",
      "Milestone",
      "OpmCyberCode",
      "Position",
      "Recipient",
      "ReviewFinding",
      "ReviewWindow",
      "ScanClaim",
      "TimelineEvent",
      "ToolGrant",
      "User",
      "WorkRole"
    ],
    "Organization": [
      "Agency",
      "Developer",
      "Recipient"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Advisory",
      "AdvisoryDelivery",
      "Agency",
      "ApiKey",
      "AuditEvent",
      "BenchmarkResult",
      "ClearinghouseEntry",
      "ComplianceReport",
      "DefenseTool",
      "Designation",
      "DesignationResponse",
      "Developer",
      "Directive",
      "FrontierModel",
      "HiringInitiative",
      "HiringReport",
      "HiringTarget",
      "Milestone",
      "OpmCyberCode",
      "Position",
      "Recipient",
      "ReviewFinding",
      "ReviewWindow",
      "ScanClaim",
      "TimelineEvent",
      "ToolGrant",
      "User",
      "WorkRole"
    ],
    "Organization": [
      "Agency",
      "Developer",
      "Recipient"
    ]
  }
};
      export default result;
    